import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  EXPORT_FORMAT,
  applyImport,
  buildExport,
  deleteEverything,
  exportFileName,
  parseImport,
  parseImportFile,
} from "../../utils/backup";
import { EMPTY_APPOINTMENT } from "../../utils/storage/appointment";
import { readNotes, replaceNotes, type Notes } from "../../utils/storage/notes";
import { DEFAULT_SETTINGS, SENSITIVE_SITES, settingsItem, type Settings } from "../../utils/storage/settings";

beforeEach(() => fakeBrowser.reset());

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  highlightStyle: "background",
  pausedSites: ["bank.example"],
  hiddenMeanings: { "cycling.example": ["saddle-numbness"] },
  region: "ie",
};
const file = (data: unknown, version = 1) => JSON.stringify({ format: EXPORT_FORMAT, version, data });

describe("export and import", () => {
  it("round-trips the settings through a file", async () => {
    await settingsItem.setValue(mine);
    const text = await buildExport(new Date("2026-11-24T10:00:00Z"));
    expect(JSON.parse(text)).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: "2026-11-24T10:00:00.000Z",
    });
    await settingsItem.setValue(DEFAULT_SETTINGS);
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.data.settings).toEqual(mine);
    expect(parsed.ok && parsed.summary).toContain("settings (1 paused site, hidden meanings on 1 site)");
    if (parsed.ok) await applyImport(parsed.data);
    expect(await settingsItem.getValue()).toEqual(mine);
    expect(exportFileName(new Date("2026-11-24T10:00:00Z"))).toBe("sciatica-lens-export-2026-11-24.json");
  });

  it("carries the side panel's notes too, and reads the panel's own notes file", async () => {
    const notes: Notes = {
      redFlags: (await readNotes()).redFlags,
      appointment: {
        ...EMPTY_APPOINTMENT,
        tried: "Two massages",
        terms: [
          {
            conceptId: "sciatica",
            title: "A thread",
            url: "https://f.example/t/1",
            addedAt: "2026-11-24T10:00:00.000Z",
          },
        ],
      },
      progress: { sessions: [] },
    };
    await replaceNotes(notes);
    const whole = parseImport(await buildExport());
    expect(whole.ok && whole.data.notes).toEqual(notes);
    expect(whole.ok && whole.summary).toContain("notes (0 logged sessions, 1 saved term");

    // The side panel writes the same format with the notes part only.
    const notesOnly = await buildExport(new Date("2026-11-24T10:00:00Z"), ["notes"]);
    await fakeBrowser.storage.local.clear();
    expect(Object.keys((JSON.parse(notesOnly) as { data: object }).data)).toEqual(["notes"]);
    expect(exportFileName(new Date("2026-11-24T10:00:00Z"), ["notes"])).toBe(
      "sciatica-lens-notes-2026-11-24.json",
    );
    await replaceNotes({ ...notes, appointment: EMPTY_APPOINTMENT });
    const fromPanel = parseImport(notesOnly);
    expect(fromPanel.ok && fromPanel.data).toEqual({ notes });
    if (fromPanel.ok) await applyImport(fromPanel.data);
    expect((await readNotes()).appointment.tried).toBe("Two massages");
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  // Examples of each older kind of file, exactly as earlier versions wrote them.
  const OLD_OPTIONS_EXPORT = {
    format: "sciatica-lens-export",
    version: 1,
    exportedAt: "2026-11-24T10:00:00.000Z",
    data: {
      settings: { highlights: false, pausedSites: ["a.example"] },
      notes: {
        redFlags: { answers: { "saddle-numbness": "no" }, checkedAt: "2026-11-20T09:00:00.000Z" },
        appointment: { ...EMPTY_APPOINTMENT, tried: "Heat" },
        progress: { sessions: [] },
      },
    },
  };
  const OLD_PANEL_NOTES_FILE = {
    format: "sciatica-lens-notes",
    version: 1,
    exportedAt: "2025-03-02T08:00:00.000Z",
    redFlags: { answers: { "new-or-worsening-weakness": "yes" }, checkedAt: "2025-03-01T10:00:00.000Z" },
    appointment: { ...EMPTY_APPOINTMENT, areas: ["foot"], side: "right", tried: "Physio" },
    progress: {
      sessions: [
        { id: "x", date: "2025-03-01", care: "Physiotherapy", painBefore: 5, painAfter: 3, functionNote: "" },
      ],
    },
  };

  it("imports an options export from version 1 (settings v1 inside) and an old side-panel notes file", async () => {
    const fromOptions = parseImport(JSON.stringify(OLD_OPTIONS_EXPORT));
    expect(fromOptions.ok && fromOptions.data.settings).toMatchObject({ highlights: false });
    expect(fromOptions.ok && fromOptions.data.notes?.appointment.tried).toBe("Heat");
    const fromPanel = parseImport(JSON.stringify(OLD_PANEL_NOTES_FILE));
    expect(fromPanel.ok && fromPanel.data).toEqual({
      notes: {
        redFlags: OLD_PANEL_NOTES_FILE.redFlags,
        appointment: OLD_PANEL_NOTES_FILE.appointment,
        progress: OLD_PANEL_NOTES_FILE.progress,
      },
    });
    if (fromPanel.ok) await applyImport(fromPanel.data);
    expect((await readNotes()).progress.sessions).toHaveLength(1);
  });

  it("refuses a damaged old notes file, naming where, and a file too big without reading it", async () => {
    const bad = {
      ...OLD_PANEL_NOTES_FILE,
      progress: { sessions: [{ ...OLD_PANEL_NOTES_FILE.progress.sessions[0], painBefore: 42 }] },
    };
    const parsed = parseImport(JSON.stringify(bad));
    expect(!parsed.ok && parsed.error).toMatch(
      /notes in this file are damaged \(progress\.sessions\.0\.painBefore.*Nothing was changed\.$/,
    );
    let read = false;
    const huge = {
      size: 6 * 1024 * 1024,
      text: () => ((read = true), Promise.resolve("")),
    } as unknown as Blob;
    const result = await parseImportFile(huge);
    expect(!result.ok && result.error).toContain("too large");
    expect(read).toBe(false);
  });

  it("reads settings saved before version 2 as the migration would", () => {
    const parsed = parseImport(file({ settings: { highlights: false, pausedSites: ["a.example"] } }));
    expect(parsed.ok && parsed.data.settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      pausedSites: ["a.example", ...SENSITIVE_SITES],
    });
  });

  it("reads settings saved before version 3 with the region still to choose", () => {
    const { region: _, ...v2 } = mine;
    const parsed = parseImport(file({ settings: v2 }));
    expect(parsed.ok && parsed.data.settings).toEqual({ ...mine, region: null });
  });

  it.each([
    ["not JSON", "{oops", "it is not a JSON file"],
    [
      "another app's file",
      JSON.stringify({ format: "other", version: 1, data: {} }),
      "not a Sciatica Lens export",
    ],
    ["a newer export", file({ settings: mine }, 2), "newer version"],
    ["damaged settings", file({ settings: { ...mine, highlightStyle: "blink" } }), "highlightStyle"],
    ["nothing to import", file({ bookmarks: [] }), "nothing in it"],
    ["a huge file", " ".repeat(6 * 1024 * 1024), "too large"],
  ])("refuses %s with a clear message, and changes nothing", async (_, text, message) => {
    await settingsItem.setValue(mine);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
    expect(await settingsItem.getValue()).toEqual(mine);
  });
});

describe("delete everything", () => {
  it("removes what was saved, and the settings are the defaults again", async () => {
    await settingsItem.setValue(mine);
    await fakeBrowser.storage.local.set({ "recovered:settings:1": { broken: true } });
    await deleteEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
