import { beforeEach, describe, expect, it, vi } from "vitest";
import * as v from "valibot";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { addTermToNotes } from "../../entrypoints/background/notes";
import { appointmentItem, EMPTY_APPOINTMENT, type Appointment } from "../../utils/storage/appointment";
import { deleteNotes, readNotes, replaceNotes } from "../../utils/storage/notes";
import { EMPTY_PROGRESS_LOG, progressLogItem, type ProgressLog } from "../../utils/storage/progress-log";
import { listRecovered } from "../../utils/storage/recovered";
import {
  EMPTY_RED_FLAG_ANSWERS,
  redFlagAnswersItem,
  type RedFlagAnswers,
} from "../../utils/storage/red-flag-answers";
import { defineValidatedItem, type ValidatedItem } from "../../utils/storage/validated-item";

beforeEach(() => {
  fakeBrowser.reset();
  // Corrupt values are reported on the console; the tests check what matters: what is stored.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const answers: RedFlagAnswers = {
  answers: { "saddle-numbness": "no", "new-or-worsening-weakness": "yes" },
  checkedAt: "2025-03-01T10:00:00.000Z",
};
const appointment: Appointment = {
  ...EMPTY_APPOINTMENT,
  areas: ["buttock", "calf"],
  side: "left",
  sensations: ["tingling"],
  worseWith: ["sitting", "coughing"],
  worseOther: "long drives",
  started: "Three weeks ago",
  tried: "Walking, heat",
  questions: [{ id: "own-1", group: "own", text: "Can I keep running?", ticked: true }],
  terms: [
    {
      conceptId: "sciatica",
      title: "A forum",
      url: "https://forum.example/t/1",
      addedAt: "2025-03-01T10:00:00.000Z",
    },
  ],
};
const log: ProgressLog = {
  sessions: [
    {
      id: "a",
      date: "2025-03-01",
      care: "Physiotherapy",
      painBefore: 6,
      painAfter: 4,
      functionNote: "sat 20 minutes",
    },
  ],
};

// Each stored item with an example of what a user saves, and examples of what must not be accepted.
const items: Array<[string, ValidatedItem<unknown>, unknown, unknown, unknown[]]> = [
  [
    "red-flag answers",
    redFlagAnswersItem as ValidatedItem<unknown>,
    EMPTY_RED_FLAG_ANSWERS,
    answers,
    [{ answers: { "saddle-numbness": "maybe" }, checkedAt: null }, "yes", { answers: {} }],
  ],
  [
    "appointment",
    appointmentItem as ValidatedItem<unknown>,
    EMPTY_APPOINTMENT,
    appointment,
    [
      { ...appointment, areas: ["knee"] },
      { ...appointment, areas: ["calf", "calf"] },
      { ...appointment, terms: [{ conceptId: "<script>", title: "", url: "", addedAt: "now" }] },
      [],
    ],
  ],
  [
    "progress log",
    progressLogItem as ValidatedItem<unknown>,
    EMPTY_PROGRESS_LOG,
    log,
    [
      { sessions: [{ ...log.sessions[0], painBefore: 11 }] },
      { sessions: [{ ...log.sessions[0], date: "yesterday" }] },
      { sessions: "none" },
    ],
  ],
];

describe.each(items)("stored %s", (_, item, fallback, example, corrupt) => {
  const areaKey = item.key.replace(/^local:/, "");

  it("reads the defaults when nothing is stored, and what was saved afterwards", async () => {
    expect(await item.getValue()).toEqual(fallback);
    await item.setValue(example);
    expect(await item.getValue()).toEqual(example);
  });

  it("reads a version-1 value, the first stored version, unchanged (also without version metadata)", async () => {
    await fakeBrowser.storage.local.set({ [areaKey]: example });
    expect(await item.getValue()).toEqual(example);
    await fakeBrowser.storage.local.set({ [`${areaKey}$`]: { v: 1 } });
    expect(await item.getValue()).toEqual(example);
  });

  it.each(corrupt.map((c) => [JSON.stringify(c).slice(0, 60), c]))(
    "keeps a corrupt value aside, says so, and uses the defaults: %s",
    async (_label, bad) => {
      await fakeBrowser.storage.local.set({ [areaKey]: bad });
      expect(await item.getValue()).toEqual(fallback);
      await expect.poll(async () => (await listRecovered()).length).toBe(1);
      const [recovered] = await listRecovered();
      expect(recovered.item).toBe(areaKey);
      expect(
        (await fakeBrowser.storage.local.get(recovered.key.replace(/^local:/, "")))[
          recovered.key.replace(/^local:/, "")
        ],
      ).toEqual(bad);
      // Cleared from its own key, so a second read does not keep a second copy.
      await expect.poll(async () => (await fakeBrowser.storage.local.get(areaKey))[areaKey]).toBeUndefined();
      expect(await item.getValue()).toEqual(fallback);
      expect(await listRecovered()).toHaveLength(1);
    },
  );

  it("refuses to save an invalid value", async () => {
    await expect(item.setValue(corrupt[0])).rejects.toThrow();
    expect(await item.getValue()).toEqual(fallback);
  });
});

describe("updates", () => {
  it("run in order, each on the latest value, so quick edits are not lost", async () => {
    await Promise.all(
      ["a", "b", "c", "d"].map((text) =>
        appointmentItem.update((current) => ({ ...current, tried: current.tried + text })),
      ),
    );
    expect((await appointmentItem.getValue()).tried).toBe("abcd");
  });

  it("in one context, keep a term added while another edit is under way (two contexts: item-lock.test.ts)", async () => {
    await Promise.all([
      appointmentItem.update((current) => ({ ...current, started: "Monday" })),
      addTermToNotes({ conceptId: "sciatica", title: "Page", url: "https://example.org/" }),
    ]);
    const stored = await appointmentItem.getValue();
    expect(stored.started).toBe("Monday");
    expect(stored.terms.map((t) => t.conceptId)).toEqual(["sciatica"]);
  });
});

describe("a later version of a stored item", () => {
  // How the next shape change will be shipped: version 2 with a migration from version 1. This checks
  // that migration and validation work together on the real storage layer.
  const V2 = v.strictObject({ sessions: v.array(v.strictObject({ date: v.string(), pain: v.number() })) });

  it("migrates a version-1 example, then validates it", async () => {
    await fakeBrowser.storage.local.set({ "test-log": { entries: [{ day: "2025-01-01", score: 4 }] } });
    const item = defineValidatedItem("local:test-log", V2, {
      fallback: { sessions: [] },
      version: 2,
      migrations: {
        2: (old: { entries: Array<{ day: string; score: number }> }) => ({
          sessions: old.entries.map((e) => ({ date: e.day, pain: e.score })),
        }),
      },
    });
    expect(await item.getValue()).toEqual({ sessions: [{ date: "2025-01-01", pain: 4 }] });
    expect((await fakeBrowser.storage.local.get("test-log$"))["test-log$"]).toEqual({ v: 2 });
  });

  it("keeps a value aside when its migration fails", async () => {
    await fakeBrowser.storage.local.set({ "test-log": { entries: "broken" } });
    const item = defineValidatedItem("local:test-log", V2, {
      fallback: { sessions: [] },
      version: 2,
      migrations: {
        2: (old: { entries: Array<{ day: string }> }) => ({ sessions: old.entries.map((e) => e.day) }),
      },
    });
    expect(await item.getValue()).toEqual({ sessions: [] });
    await expect.poll(async () => (await listRecovered()).map((r) => r.item)).toEqual(["test-log"]);
  });
});

describe("all notes", () => {
  it("are replaced together, and deleted together with the copies kept aside", async () => {
    await replaceNotes({ redFlags: answers, appointment, progress: log });
    expect(await readNotes()).toEqual({ redFlags: answers, appointment, progress: log });
    await fakeBrowser.storage.local.set({
      "recovered:appointment:1": { old: true },
      settings: { highlights: false, pausedSites: [] },
    });
    await deleteNotes();
    expect(await readNotes()).toEqual({
      redFlags: EMPTY_RED_FLAG_ANSWERS,
      appointment: EMPTY_APPOINTMENT,
      progress: EMPTY_PROGRESS_LOG,
    });
    expect(await listRecovered()).toEqual([]);
    expect((await fakeBrowser.storage.local.get("settings")).settings).toEqual({
      highlights: false,
      pausedSites: [],
    });
  });
});
