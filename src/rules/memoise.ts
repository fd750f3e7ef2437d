/**
 * Remembers a pure function's answers for recent inputs. Many rules read the same value (a domain, an ID number,
 * an IP) of one profile; each reading is then computed once. Bounded, so checking 10,000 profiles keeps memory flat.
 * The answers are shared: callers must treat them as read-only.
 */
export function memoise<A extends unknown[], R>(fn: (...args: A) => R, limit = 512): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = args.length === 1 ? String(args[0]) : args.join('\u0000');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.has(key)) return hit as R;
    const value = fn(...args);
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}

/** One answer per object while it lives: the slots a family derives from a profile, computed once per check. */
export function perObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K): R => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.has(key)) return hit as R;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
