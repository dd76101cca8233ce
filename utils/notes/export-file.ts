import * as v from "valibot";
import { NotesSchema, type Notes } from "../storage/notes";

// The file "Download my notes" writes and "Import" reads. Its parts are the stored items' own schemas, so
// a file that imports is exactly what could have been stored. A future version 2 reads version-1 files
// through the items' migrations.

export const EXPORT_FORMAT = "sciatica-lens-notes";
export const EXPORT_VERSION = 1;
/** Far more than years of notes; a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 5_000_000;

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  ...NotesSchema.entries,
});

export function exportFileText(notes: Notes, now = new Date()): string {
  const file: v.InferOutput<typeof ExportFileSchema> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    redFlags: notes.redFlags,
    appointment: notes.appointment,
    progress: notes.progress,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const exportFileName = (now = new Date()): string =>
  `sciatica-lens-notes-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult = { ok: true; notes: Notes } | { ok: false; message: string };

const NOT_OURS = "This file is not a Sciatica Lens notes file. Nothing was changed.";

/** Checks a whole file before anything is written; a file that fails changes nothing. */
export function readExportFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: NOT_OURS };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_OURS };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== "object" || head === null || head.format !== EXPORT_FORMAT)
    return { ok: false, message: NOT_OURS };
  if (typeof head.version === "number" && head.version > EXPORT_VERSION)
    return {
      ok: false,
      message:
        "This file was made by a newer version of Sciatica Lens. Update the extension, then try again. Nothing was changed.",
    };
  const result = v.safeParse(ExportFileSchema, data);
  if (!result.success) {
    const where = result.issues
      .slice(0, 3)
      .map((issue) => v.getDotPath(issue) ?? "file")
      .join(", ");
    return {
      ok: false,
      message: `This notes file is damaged or was changed by hand (problem at: ${where}). Nothing was changed.`,
    };
  }
  const { redFlags, appointment, progress } = result.output;
  return { ok: true, notes: { redFlags, appointment, progress } };
}
