import * as v from "valibot";
import { NotesSchema, type Notes } from "./storage/notes";

// Before exports were one format, the side panel's "Download my notes" wrote its own file:
// { format: "sciatica-lens-notes", version: 1, exportedAt, redFlags, appointment, progress }.
// Files people kept from then still import, as the notes part of an export.

export const LEGACY_NOTES_FORMAT = "sciatica-lens-notes";

const LegacyNotesFileSchema = v.strictObject({
  format: v.literal(LEGACY_NOTES_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  ...NotesSchema.entries,
});

export const isLegacyNotesFile = (json: unknown): boolean =>
  (json as { format?: unknown } | null)?.format === LEGACY_NOTES_FORMAT;

/** The notes in an old notes file, or what is wrong with it (paths as in an export's notes part). */
export function readLegacyNotesFile(json: unknown): { value: Notes } | { problem: string } {
  const result = v.safeParse(LegacyNotesFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return { problem: `${v.getDotPath(issue) ?? "notes"}: ${issue.message}` };
  }
  const { redFlags, appointment, progress } = result.output;
  return { value: { redFlags, appointment, progress } };
}
