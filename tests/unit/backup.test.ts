import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  EXPORT_FORMAT,
  applyImport,
  buildExport,
  deleteEverything,
  exportFileName,
  parseImport,
} from "../../utils/backup";
import { exportFileText } from "../../utils/notes/export-file";
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

    await fakeBrowser.storage.local.clear();
    const fromPanel = parseImport(exportFileText(notes));
    expect(fromPanel.ok && fromPanel.data).toEqual({ notes });
    if (fromPanel.ok) await applyImport(fromPanel.data);
    expect((await readNotes()).appointment.tried).toBe("Two massages");
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
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
