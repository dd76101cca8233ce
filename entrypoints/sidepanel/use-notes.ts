import { useMemo } from "preact/hooks";
import { conceptById, summaries } from "../../utils/knowledge";
import { buildSummary, type Summary } from "../../utils/notes/summary";
import { appointmentItem } from "../../utils/storage/appointment";
import type { Notes } from "../../utils/storage/notes";
import { progressLogItem } from "../../utils/storage/progress-log";
import { redFlagAnswersItem } from "../../utils/storage/red-flag-answers";
import { useItem } from "../../components/use-item";

/** All of the user's notes, live, with their updaters and the summary built from them. */
export function useNotes(locale: string) {
  const [redFlags, updateRedFlags] = useItem(redFlagAnswersItem);
  const [appointment, updateAppointment] = useItem(appointmentItem);
  const [progress, updateProgress] = useItem(progressLogItem);
  const notes: Notes | null = useMemo(
    () => (redFlags && appointment && progress ? { redFlags, appointment, progress } : null),
    [redFlags, appointment, progress],
  );
  const summary: Summary | null = useMemo(
    () =>
      notes &&
      buildSummary(notes, {
        checklist: summaries.redFlags,
        conceptName: (id) => conceptById(id)?.name,
        locale,
      }),
    [notes, locale],
  );
  return {
    redFlags,
    appointment,
    progress,
    notes,
    summary,
    updateRedFlags,
    updateAppointment,
    updateProgress,
  };
}
