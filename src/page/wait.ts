// Options of async widgets appear later (a popper appended to <body>, cities loading after the province).
// We wait for the condition, observed with a MutationObserver, with a bounded timeout; never a fixed sleep.

export const DEFAULT_TIMEOUT_MS = 5000;

export function waitFor<T>(find: () => T | undefined | null | false, root: Node, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T | undefined> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    function finish(value: T | undefined) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** Lets the page's framework run its queued updates (Vue nextTick, React batches) before we read back. */
export function settle(): Promise<void> {
  // Same-origin frames share one event loop, so one macrotask here lets every frame's framework flush.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long a page may be still before a control that waits on it is taken as not coming (a network answer included). */
export const QUIET_MS = 800;

/**
 * Waits for a condition that only the page's own work can bring (a 证件类型 select enabling once its 性质 is set):
 * while the page keeps changing, up to `timeoutMs`; once nothing has changed for `quietMs`, it is not coming.
 */
export function waitWhileChanging<T>(find: () => T | undefined | null | false, root: Node, quietMs = QUIET_MS, timeoutMs = 3000): Promise<T | undefined> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    let quiet = setTimeout(() => finish(undefined), quietMs);
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) return finish(found);
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(undefined), quietMs);
    });
    const limit = setTimeout(() => finish(undefined), timeoutMs);
    function finish(value: T | undefined) {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
