import * as v from "valibot";
import { storage } from "wxt/utils/storage";
import { AppointmentSchema, appointmentItem } from "./appointment";
import { withItemLocks } from "./item-lock";
import { ProgressLogSchema, progressLogItem } from "./progress-log";
import { listRecovered } from "./recovered";
import { RedFlagAnswersSchema, redFlagAnswersItem } from "./red-flag-answers";

/** Everything the user has written in the side panel: one schema for the export files and the backup. */
export const NotesSchema = v.strictObject({
  redFlags: RedFlagAnswersSchema,
  appointment: AppointmentSchema,
  progress: ProgressLogSchema,
});

export type Notes = v.InferOutput<typeof NotesSchema>;

export const NOTE_ITEMS = [redFlagAnswersItem, appointmentItem, progressLogItem] as const;
const NOTE_KEYS = NOTE_ITEMS.map((item) => item.key);

export async function readNotes(): Promise<Notes> {
  const [redFlags, appointment, progress] = await Promise.all([
    redFlagAnswersItem.getValue(),
    appointmentItem.getValue(),
    progressLogItem.getValue(),
  ]);
  return { redFlags, appointment, progress };
}

/** Replaces all notes in one write, so an import is never left half done. */
export function replaceNotes(notes: Notes): Promise<void> {
  return withItemLocks(NOTE_KEYS, () =>
    storage.setItems([
      { item: redFlagAnswersItem.raw, value: notes.redFlags },
      { item: appointmentItem.raw, value: notes.appointment },
      { item: progressLogItem.raw, value: notes.progress },
    ]),
  );
}

/** Deletes all notes, and the copies of unreadable notes kept aside. Settings stay. */
export async function deleteNotes(): Promise<void> {
  const recovered = (await listRecovered()).map((r) => r.key);
  await withItemLocks(NOTE_KEYS, () =>
    storage.removeItems([
      ...NOTE_ITEMS.map((item) => ({ key: item.key, options: { removeMeta: true } })),
      ...recovered,
    ]),
  );
}
