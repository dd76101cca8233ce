import { careKey } from "../../content/care-kinds";
import { sessionsByDate, type ProgressLog, type Session } from "../storage/progress-log";

// The checkpoint rule. A drop in pain of at least 2 points, or of at least 30%, on the 0-10 scale is
// counted as meaningful change: on average that matched people feeling "much improved" (farrar-2001-mcid).
// After three sessions of one kind of care without it, the plan may need to change.

export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_FRACTION = 0.3;
export const SESSIONS_BEFORE_CHECKPOINT = 3;
export const CHECKPOINT_SOURCE = "farrar-2001-mcid";

/** Is the fall from `first` to `latest` meaningful change? (A rise, or no change, never is.) */
export function isMeaningfulDrop(first: number, latest: number): boolean {
  const drop = first - latest;
  return drop > 0 && (drop >= MEANINGFUL_POINTS || drop >= MEANINGFUL_FRACTION * first);
}

/**
 * The highest score that would be a meaningful drop from `first`, or null when none can be (a first score
 * of 0). Scores are whole numbers, so every score from 0 up to this one counts: the chart's band.
 */
export function meaningfulTarget(first: number): number | null {
  for (let score = Math.ceil(first) - 1; score >= 0; score--)
    if (isMeaningfulDrop(first, score)) return score;
  return null;
}

export type CheckpointStatus = "too-early" | "meaningful-change" | "no-meaningful-change";

export interface Checkpoint {
  /** The kind of care, as first written by the user. */
  readonly care: string;
  readonly sessions: number;
  readonly first: { readonly before: number; readonly after: number };
  readonly latest: { readonly before: number; readonly after: number };
  readonly status: CheckpointStatus;
  /** Pain before sessions is at least 2 points higher than at the first one. */
  readonly worse: boolean;
}

/** Sessions grouped by kind of care (however its name was spaced or capitalised), each group in date order. */
export function careGroups(log: ProgressLog): Session[][] {
  const groups = new Map<string, Session[]>();
  for (const session of sessionsByDate(log)) {
    const key = careKey(session.care);
    groups.set(key, [...(groups.get(key) ?? []), session]);
  }
  return [...groups.values()];
}

/**
 * The checkpoint for one kind of care (its sessions in date order). The latest session's scores are
 * compared with the first session's: pain before with pain before (how the days between sessions go), and
 * pain after with pain after (how much each session helps). A meaningful drop in either counts as change.
 */
export function checkpointOf(sessions: readonly Session[]): Checkpoint {
  const firstSession = sessions[0];
  const lastSession = sessions[sessions.length - 1];
  const first = { before: firstSession.painBefore, after: firstSession.painAfter };
  const latest = { before: lastSession.painBefore, after: lastSession.painAfter };
  const changed =
    isMeaningfulDrop(first.before, latest.before) || isMeaningfulDrop(first.after, latest.after);
  const status: CheckpointStatus = changed
    ? "meaningful-change"
    : sessions.length < SESSIONS_BEFORE_CHECKPOINT
      ? "too-early"
      : "no-meaningful-change";
  return {
    care: firstSession.care.trim(),
    sessions: sessions.length,
    first,
    latest,
    status,
    worse: latest.before - first.before >= MEANINGFUL_POINTS,
  };
}

/** One checkpoint per kind of care. */
export const checkpoints = (log: ProgressLog): Checkpoint[] => careGroups(log).map(checkpointOf);

/** What the panel says about one kind of care, in plain words that never claim a diagnosis or a cure. */
export function checkpointMessage(c: Checkpoint): string {
  const sessions = `${c.sessions} session${c.sessions === 1 ? "" : "s"}`;
  switch (c.status) {
    case "no-meaningful-change":
      return `After ${sessions} of ${c.care}, your pain scores have not dropped in a meaningful way since the first session. It may be time to change the plan. Talk to your therapist or doctor about what to try next.`;
    case "meaningful-change":
      return `${c.care}: your pain scores have dropped in a meaningful way since the first session (${c.first.before} → ${c.latest.before} before, ${c.first.after} → ${c.latest.after} after).`;
    case "too-early":
      return `${c.care}: ${sessions} logged. The checkpoint comes after ${SESSIONS_BEFORE_CHECKPOINT} sessions.`;
  }
}

export const WORSE_MESSAGE =
  "Your pain before sessions is higher now than at the first one. Tell your therapist or doctor. If you notice any warning sign, check the red-flag list and get help.";
