import { describe, expect, it } from "vitest";
import { conceptCounts, waitForScans, type TabFrames } from "../../scripts/lib/tab-findings";
import type { FrameReport } from "../../utils/protocol/background";

// The browser suites' one wait for a tab's scan, driven here by a scripted run of frame reports.

const frame = (status: FrameReport["status"], concepts: FrameReport["concepts"] = []): FrameReport => ({
  host: "a.example",
  status,
  concepts,
});

describe("waiting for a tab's scans", () => {
  it("waits out every scanning frame, then sums each concept over the frames", async () => {
    const script: TabFrames[] = [
      {},
      { top: frame("scanning") },
      { top: frame("done"), child: frame("scanning") },
      {
        top: frame("done", [{ id: "sciatica", count: 2, category: "condition" }]),
        child: frame("done", [
          { id: "sciatica", count: 1, category: "condition" },
          { id: "foot-drop", count: 1, category: "red-flag" },
        ]),
      },
    ];
    let reads = 0;
    const counts = await waitForScans(async () => script[Math.min(reads++, script.length - 1)], 0);
    expect(reads).toBe(5); // four until done, and one more after settling
    expect([...counts]).toEqual([
      ["sciatica", 3],
      ["foot-drop", 1],
    ]);
  });

  it("fails, saying what it saw, when a frame never finishes", async () => {
    await expect(waitForScans(async () => ({ top: frame("scanning") }), 0, 250)).rejects.toThrow(
      /did not finish within 250 ms \(frames: scanning\)/,
    );
  });

  it("counts nothing for a tab whose frames found nothing", () => {
    expect(conceptCounts({ top: frame("paused"), child: frame("done") }).size).toBe(0);
  });
});
