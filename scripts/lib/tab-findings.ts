import type { FrameReport } from "../../utils/protocol/background";

// Waiting for a tab's scan to finish, read from the extension's own per-tab state: the same wait for the
// Chromium and Firefox suites, whichever driver reads that state.

export type TabFrames = Record<string, FrameReport>;

const POLL_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each concept id and how often it was found, summed over the tab's frames. */
export function conceptCounts(frames: TabFrames): Map<string, number> {
  const counts = new Map<string, number>();
  for (const frame of Object.values(frames))
    for (const c of frame.concepts) counts.set(c.id, (counts.get(c.id) ?? 0) + c.count);
  return counts;
}

/**
 * Waits until every frame of the tab has reported a finished scan, then `settleMs` more (a late frame or
 * a rescan may still report), and returns the concepts found. Fails after `timeoutMs` with what it saw.
 */
export async function waitForScans(
  readFrames: () => Promise<TabFrames>,
  settleMs = 400,
  timeoutMs = 20_000,
): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frames = Object.values(await readFrames());
    if (frames.length > 0 && frames.every((f) => f.status !== "scanning")) break;
    if (Date.now() > deadline)
      throw new Error(
        `The tab's scan did not finish within ${timeoutMs} ms (frames: ${frames.map((f) => f.status).join(", ") || "none"})`,
      );
    await sleep(POLL_MS);
  }
  await sleep(settleMs);
  return conceptCounts(await readFrames());
}
