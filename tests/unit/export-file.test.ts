import { describe, expect, it } from "vitest";
import { exportFileName, exportFileText, readExportFile } from "../../utils/notes/export-file";
import { EMPTY_APPOINTMENT } from "../../utils/storage/appointment";
import type { Notes } from "../../utils/storage/notes";

const notes: Notes = {
  redFlags: { answers: { "saddle-numbness": "no" }, checkedAt: "2025-03-01T10:00:00.000Z" },
  appointment: { ...EMPTY_APPOINTMENT, areas: ["foot"], side: "right", tried: "Heat" },
  progress: {
    sessions: [
      { id: "x", date: "2025-03-01", care: "Physiotherapy", painBefore: 5, painAfter: 3, functionNote: "" },
    ],
  },
};

describe("notes file", () => {
  it("reads back exactly what was written", () => {
    const text = exportFileText(notes, new Date("2025-03-02T08:00:00Z"));
    expect(readExportFile(text)).toEqual({ ok: true, notes });
    expect(exportFileName(new Date("2025-03-02T08:00:00Z"))).toBe("sciatica-lens-notes-2025-03-02.json");
  });

  const good = JSON.parse(exportFileText(notes)) as Record<string, unknown>;
  it.each([
    ["not JSON", "{ this is not json", /not a Sciatica Lens notes file/],
    ["another app's JSON", JSON.stringify({ hello: "world" }), /not a Sciatica Lens notes file/],
    ["an empty file", "", /not a Sciatica Lens notes file/],
    ["JSON null", "null", /not a Sciatica Lens notes file/],
    ["a newer version", JSON.stringify({ ...good, version: 2 }), /newer version/],
    [
      "a bad pain score",
      JSON.stringify({
        ...good,
        progress: { sessions: [{ ...notes.progress.sessions[0], painBefore: 42 }] },
      }),
      /damaged.*progress\.sessions\.0\.painBefore/,
    ],
    ["a missing part", JSON.stringify({ ...good, appointment: undefined }), /damaged.*appointment/],
    ["an extra field", JSON.stringify({ ...good, script: "alert(1)" }), /damaged/],
    ["a huge file", " ".repeat(5_000_001), /not a Sciatica Lens notes file/],
  ])("refuses %s with a clear message, changing nothing", (_, text, message) => {
    const result = readExportFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });
});
