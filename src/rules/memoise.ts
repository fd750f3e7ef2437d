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

/**
 * One answer per object for the last few objects asked about: the slots a family derives from a profile (or from
 * one check's context), computed once per check. Rules ask about one profile after another, so a handful of recent
 * answers is all they need; a WeakMap kept every answer until the collector came, and filling it cost more than most
 * rules when 10,000 profiles are checked at once. The recent objects stay alive until newer ones push them out.
 */
export function perObject<K extends object, R>(fn: (key: K) => R, size = 8): (key: K) => R {
  const keys: K[] = [];
  const values: R[] = [];
  return (key: K): R => {
    const i = keys.indexOf(key);
    if (i >= 0) return values[i] as R;
    const value = fn(key);
    keys.unshift(key);
    values.unshift(value);
    if (keys.length > size) {
      keys.pop();
      values.pop();
    }
    return value;
  };
}
