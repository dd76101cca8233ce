import { describe, expect, it } from "vitest";
import { loadRedFlags } from "../../scripts/load-content";
import { buildSummary, SUMMARY_SESSIONS, type SummaryContext } from "../../utils/notes/summary";
import { summaryText } from "../../utils/notes/summary-text";
import { EMPTY_APPOINTMENT } from "../../utils/storage/appointment";
import type { Notes } from "../../utils/storage/notes";
import { EMPTY_PROGRESS_LOG } from "../../utils/storage/progress-log";
import { EMPTY_RED_FLAG_ANSWERS } from "../../utils/storage/red-flag-answers";

const checklist = loadRedFlags().filter((sign) => sign.checklist);
const ctx: SummaryContext = {
  checklist,
  conceptName: (id) => ({ sciatica: "Sciatica", "piriformis-syndrome": "Piriformis syndrome" })[id],
  locale: "en-GB",
  now: new Date(2025, 2, 20),
};
const empty: Notes = {
  redFlags: EMPTY_RED_FLAG_ANSWERS,
  appointment: EMPTY_APPOINTMENT,
  progress: EMPTY_PROGRESS_LOG,
};

const filled: Notes = {
  redFlags: {
    answers: Object.fromEntries(checklist.map((item) => [item.id, "no"])),
    checkedAt: "2025-03-19T09:00:00.000Z",
  },
  appointment: {
    ...EMPTY_APPOINTMENT,
    areas: ["buttock", "thigh", "calf"],
    side: "left",
    sensations: ["tingling", "numbness"],
    worseWith: ["sitting", "coughing"],
    worseOther: "long drives",
    started: "3 weeks ago, lifting a box",
    tried: "Short walks: help a bit\nHeat pad",
    questions: [
      { id: "massage-kinds", group: "massage", text: "Which kinds of massage do you use?", ticked: true },
      { id: "massage-between", group: "massage", text: "What should I do between sessions?", ticked: false },
      { id: "own-1", group: "own", text: "Can I still run?", ticked: true },
    ],
    terms: [
      {
        conceptId: "piriformis-syndrome",
        title: "My forum",
        url: "https://forum.example/t/1",
        addedAt: "2025-03-18T09:00:00.000Z",
      },
      { conceptId: "sciatica", title: "", url: "javascript:alert(1)", addedAt: "2025-03-18T09:00:00.000Z" },
    ],
  },
  progress: {
    sessions: [
      {
        id: "1",
        date: "2025-03-01",
        care: "Massage: deep tissue",
        painBefore: 6,
        painAfter: 5,
        functionNote: "sat 20 min",
      },
      {
        id: "2",
        date: "2025-03-08",
        care: "Massage: deep tissue",
        painBefore: 6,
        painAfter: 5,
        functionNote: "",
      },
      {
        id: "3",
        date: "2025-03-15",
        care: "Massage: deep tissue",
        painBefore: 6,
        painAfter: 6,
        functionNote: "",
      },
    ],
  },
};

describe("the appointment summary as plain text", () => {
  it("holds everything the user filled in, in plain words", () => {
    const text = summaryText(buildSummary(filled, ctx));
    expect(text).toContain("MY SCIATICA NOTES");
    expect(text).toContain("Made on 20 Mar 2025 with Sciatica Lens");
    expect(text).toContain(`No to all ${checklist.length} warning-sign questions (checked 19 Mar 2025).`);
    expect(text).toContain("Pain goes to: buttock, thigh and calf on the left side.");
    expect(text).toContain("Also: tingling or pins and needles and numbness.");
    expect(text).toContain("Worse with: sitting, coughing or sneezing and long drives.");
    expect(text).toContain("It started: 3 weeks ago, lifting a box");
    expect(text).toContain("- Short walks: help a bit\n- Heat pad");
    expect(text).toContain("[ ] Which kinds of massage do you use?\n[ ] Can I still run?");
    expect(text).not.toContain("between sessions");
    expect(text).toContain('Piriformis syndrome: read on "My forum" (https://forum.example/t/1)');
    expect(text).toContain("1 Mar 2025 · Massage: deep tissue · pain 6 before, 5 after · sat 20 min");
    expect(text).toMatch(/After 3 sessions of Massage: deep tissue.*may be time to change the plan/);
    expect(text.trim().endsWith("They are not a diagnosis.")).toBe(true);
  });

  it("never makes a link of an address that is not a web address", () => {
    const terms = buildSummary(filled, ctx).sections.find((s) => s.id === "terms")!;
    expect(terms.lines.map((l) => l.href)).toEqual(["https://forum.example/t/1", undefined]);
  });

  it("puts every warning sign answered yes first, and says what is unanswered", () => {
    const notes: Notes = {
      ...empty,
      redFlags: { answers: { [checklist[0].id]: "yes", [checklist[1].id]: "no" }, checkedAt: null },
    };
    const section = buildSummary(notes, ctx).sections.find((s) => s.id === "red-flags")!;
    expect(section.lines[0].text).toBe(`Yes: ${checklist[0].question}`);
    expect(section.lines.at(-1)!.text).toBe(`1 answered no, ${checklist.length - 2} not answered.`);
  });

  it("says plainly what is not filled in yet", () => {
    const text = summaryText(buildSummary(empty, ctx));
    expect(text).toContain("The warning-sign checklist is not filled in.");
    expect(text).toContain("Nothing filled in yet.");
    expect(text).toContain("No questions chosen yet.");
    expect(text).toContain("No sessions logged yet.");
  });

  it("lists the latest sessions only, so it stays one page", () => {
    const sessions = Array.from({ length: SUMMARY_SESSIONS + 5 }, (_, i) => ({
      id: String(i),
      date: `2025-01-${String(i + 1).padStart(2, "0")}`,
      care: "Physiotherapy",
      painBefore: 5,
      painAfter: 4,
      functionNote: "",
    }));
    const section = buildSummary({ ...empty, progress: { sessions } }, ctx).sections.find(
      (s) => s.id === "progress",
    )!;
    expect(section.lines[0].text).toBe("5 earlier sessions are not listed here.");
    expect(section.lines.filter((l) => l.text.includes("Physiotherapy ·"))).toHaveLength(SUMMARY_SESSIONS);
  });
});
