import { storage } from "wxt/utils/storage";
import type { FrameReport } from "../../utils/protocol/background";
import { readTabState, summarise, tabKey, type TabSummary } from "../../utils/storage/tab-state";

// Frames of one tab report at the same time; each tab's read-modify-write runs in order.
const queues = new Map<number, Promise<unknown>>();

function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return next;
}

export function saveFrameReport(tabId: number, frameId: number, report: FrameReport): Promise<TabSummary> {
  return serial(tabId, async () => {
    const state = (await readTabState(tabId)) ?? { frames: {} };
    state.frames[String(frameId)] = report;
    await storage.setItem(tabKey(tabId), state);
    return summarise(state);
  });
}

export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, () => storage.removeItem(tabKey(tabId)));
}
