// Each extension context (background, popup, side panel, options pages) has its own memory, so a queue
// in one orders only that context's writes. Web Locks are shared by every context of the extension's
// origin: a read-modify-write held under the item's lock cannot straddle another context's write.

interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function sharedLocks(): Locks | undefined {
  const nav = (globalThis as { navigator?: { locks?: Locks } }).navigator;
  return nav?.locks;
}

/** Runs `task` while holding the lock of one stored item, in every context of the extension. */
export function withItemLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const locks = sharedLocks();
  if (locks) return locks.request(`sciatica-lens:${key}`, task);
  // Without Web Locks (Node tests), writes are still ordered within this context.
  const next = (queues.get(key) ?? Promise.resolve()).then(task);
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

/** Holds the locks of several items at once (taken in one fixed order, so two callers never deadlock). */
export function withItemLocks<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
  const [first, ...rest] = [...new Set(keys)].sort();
  if (first === undefined) return task();
  return withItemLock(first, () => withItemLocks(rest, task));
}
