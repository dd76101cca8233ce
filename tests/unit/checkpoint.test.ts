import { describe, expect, it } from "vitest";
import {
  careGroups,
  checkpointMessage,
  checkpoints,
  isMeaningfulDrop,
  meaningfulTarget,
  WORSE_MESSAGE,
} from "../../utils/progress/checkpoint";
import type { ProgressLog, Session } from "../../utils/storage/progress-log";

let n = 0;
const session = (date: string, care: string, painBefore: number, painAfter: number): Session => ({
  id: `s${n++}`,
  date,
  care,
  painBefore,
  painAfter,
  functionNote: "",
});
const logOf = (...sessions: Session[]): ProgressLog => ({ sessions });

describe("meaningful change (2 points or 30%, farrar-2001-mcid)", () => {
  it.each([
    [6, 4, true], // 2 points
    [6, 5, false], // 1 point, 17%
    [3, 2, true], // 1 point, 33%
    [10, 8, true], // 2 points, 20%
    [10, 9, false],
    [2, 2, false],
    [0, 0, false],
    [4, 6, false], // worse is never improvement
    [1, 0, true],
  ])("%i → %i: %s", (first, latest, meaningful) => {
    expect(isMeaningfulDrop(first, latest)).toBe(meaningful);
  });
});

describe("the chart's band: the highest score that is a meaningful drop", () => {
  it.each([
    [10, 8],
    [6, 4],
    [5, 3],
    [3, 2],
    [2, 1],
    [1, 0],
    [0, null],
  ])("from %i: %s", (first, target) => {
    expect(meaningfulTarget(first)).toBe(target);
  });

  it("covers exactly the scores the checkpoint counts as meaningful", () => {
    for (let first = 0; first <= 10; first++) {
      const target = meaningfulTarget(first) ?? -1;
      for (let latest = 0; latest <= 10; latest++)
        expect(isMeaningfulDrop(first, latest), `${first} → ${latest}`).toBe(latest <= target);
    }
  });
});

describe("checkpoints per kind of care", () => {
  it("groups sessions by kind of care in date order, whatever the spacing or capitals", () => {
    const groups = careGroups(
      logOf(
        session("2025-03-08", "Physiotherapy", 5, 4),
        session("2025-03-01", "Massage", 6, 5),
        session("2025-03-02", " physiotherapy", 6, 5),
      ),
    );
    expect(groups.map((g) => g.map((s) => s.date))).toEqual([["2025-03-01"], ["2025-03-02", "2025-03-08"]]);
  });

  it("three sessions without meaningful change call for a change of plan", () => {
    const [c] = checkpoints(
      logOf(
        session("2025-03-01", "Massage: deep tissue", 6, 5),
        session("2025-03-08", "Massage: deep tissue", 6, 5),
        session("2025-03-15", "massage:  Deep tissue ", 6, 6),
      ),
    );
    expect(c).toMatchObject({ care: "Massage: deep tissue", sessions: 3, status: "no-meaningful-change" });
    expect(checkpointMessage(c)).toMatch(/may be time to change the plan/);
    expect(checkpointMessage(c)).toMatch(/therapist or doctor/);
  });

  it("a meaningful drop in pain before sessions does not", () => {
    const [c] = checkpoints(
      logOf(
        session("2025-03-01", "Physiotherapy", 6, 5),
        session("2025-03-08", "Physiotherapy", 5, 4),
        session("2025-03-15", "Physiotherapy", 4, 4),
      ),
    );
    expect(c.status).toBe("meaningful-change");
    expect(checkpointMessage(c)).not.toMatch(/change the plan/);
  });

  it("a meaningful drop in pain after sessions also counts", () => {
    const [c] = checkpoints(
      logOf(
        session("2025-03-01", "Physiotherapy", 6, 5),
        session("2025-03-08", "Physiotherapy", 6, 4),
        session("2025-03-15", "Physiotherapy", 6, 3),
      ),
    );
    expect(c.status).toBe("meaningful-change");
  });

  it("compares with the first session by date, whatever order sessions were logged in", () => {
    const [c] = checkpoints(
      logOf(
        session("2025-03-15", "Physiotherapy", 4, 3),
        session("2025-03-01", "Physiotherapy", 6, 5),
        session("2025-03-08", "Physiotherapy", 5, 4),
      ),
    );
    expect(c.first).toEqual({ before: 6, after: 5 });
    expect(c.latest).toEqual({ before: 4, after: 3 });
    expect(c.status).toBe("meaningful-change");
  });

  it("waits for three sessions before saying anything about the plan", () => {
    const [c] = checkpoints(
      logOf(session("2025-03-01", "Chiropractic", 6, 6), session("2025-03-02", "Chiropractic", 6, 6)),
    );
    expect(c.status).toBe("too-early");
    expect(checkpointMessage(c)).toMatch(/after 3 sessions/);
  });

  it("keeps kinds of care apart, so a new plan starts its own count", () => {
    const result = checkpoints(
      logOf(
        session("2025-03-01", "Massage: Swedish", 7, 7),
        session("2025-03-02", "Massage: Swedish", 7, 7),
        session("2025-03-03", "Massage: Swedish", 7, 7),
        session("2025-03-04", "Physiotherapy", 7, 6),
      ),
    );
    expect(result.map((c) => [c.care, c.status])).toEqual([
      ["Massage: Swedish", "no-meaningful-change"],
      ["Physiotherapy", "too-early"],
    ]);
  });

  it("notices pain that is getting worse", () => {
    const [c] = checkpoints(
      logOf(session("2025-03-01", "Acupuncture", 4, 4), session("2025-03-08", "Acupuncture", 6, 6)),
    );
    expect(c.worse).toBe(true);
    expect(WORSE_MESSAGE).toMatch(/red-flag/);
  });

  it("never claims a diagnosis or a cure", () => {
    const all = checkpoints(
      logOf(
        session("2025-03-01", "A", 6, 6),
        session("2025-03-02", "A", 6, 6),
        session("2025-03-03", "A", 6, 6),
        session("2025-03-01", "B", 6, 6),
        session("2025-03-02", "B", 2, 2),
        session("2025-03-01", "C", 6, 6),
      ),
    );
    for (const text of [...all.map(checkpointMessage), WORSE_MESSAGE]) {
      expect(text).not.toMatch(/\b(cured?|diagnos\w*|healed|fixed)\b/i);
    }
  });
});
