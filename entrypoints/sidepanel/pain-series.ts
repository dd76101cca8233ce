import { meaningfulTarget } from "../../utils/progress/checkpoint";
import type { Session } from "../../utils/storage/progress-log";

// The chart's two lines, and the band under each: the scores that would be a meaningful drop from the
// first session of this kind of care, by the same rule as the checkpoint.

export type SeriesKey = "before" | "after";

export const SERIES: readonly { key: SeriesKey; label: string; score: (s: Session) => number }[] = [
  { key: "before", label: "Pain before the session", score: (s) => s.painBefore },
  { key: "after", label: "Pain after the session", score: (s) => s.painAfter },
];

export type Bands = Record<SeriesKey, number | null>;

/** The top of each band, or null when no drop is possible (a first score of 0). */
export function bandsOf(sessions: readonly Session[]): Bands {
  const first = sessions[0];
  return { before: meaningfulTarget(first.painBefore), after: meaningfulTarget(first.painAfter) };
}

/** "pain before 4 or lower and pain after 3 or lower", or "" when neither can drop. */
export function bandWords(bands: Bands): string {
  const parts = SERIES.filter((s) => bands[s.key] !== null).map(
    (s) => `pain ${s.key} ${bands[s.key]}${bands[s.key] === 0 ? "" : " or lower"}`,
  );
  return parts.join(" and ");
}

/** A plain-words description of one kind of care's chart, read by screen readers in place of the picture. */
export function chartDescription(care: string, sessions: readonly Session[]): string {
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  const band = bandWords(bandsOf(sessions));
  const meaningful = band ? ` A meaningful drop from the first session would be ${band}.` : "";
  if (sessions.length === 1)
    return `${care}, one session: pain ${first.painBefore} before and ${first.painAfter} after.${meaningful}`;
  return `${care}, ${sessions.length} sessions. Pain before went from ${first.painBefore} to ${last.painBefore}; pain after went from ${first.painAfter} to ${last.painAfter}.${meaningful}`;
}
