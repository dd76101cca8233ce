import * as v from "valibot";
import { defineValidatedItem } from "./validated-item";

// Logged sessions of care. Version 1 is the first stored shape; a change of shape gets version 2, a
// migration from 1, and a test that migrates a version-1 example.

export const PainScoreSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));

export const SessionSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** The day of the session (YYYY-MM-DD, the user's calendar). */
  date: v.pipe(v.string(), v.isoDate()),
  /** The kind of care, in the user's words: "Massage: deep tissue", "Physiotherapy". */
  care: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  painBefore: PainScoreSchema,
  painAfter: PainScoreSchema,
  /** What the user could do, for example "sat for 20 minutes". */
  functionNote: v.pipe(v.string(), v.maxLength(300)),
});

export const ProgressLogSchema = v.strictObject({
  sessions: v.pipe(v.array(SessionSchema), v.maxLength(2000)),
});

export type Session = v.InferOutput<typeof SessionSchema>;
export type ProgressLog = v.InferOutput<typeof ProgressLogSchema>;

export const EMPTY_PROGRESS_LOG: ProgressLog = { sessions: [] };

export const progressLogItem = defineValidatedItem("local:progress-log", ProgressLogSchema, {
  fallback: EMPTY_PROGRESS_LOG,
  version: 1,
});

/** Sessions in the order they happened; sessions on the same day stay in the order they were logged. */
export function sessionsByDate(log: ProgressLog): Session[] {
  return log.sessions
    .map((session, index) => ({ session, index }))
    .sort((a, b) => a.session.date.localeCompare(b.session.date) || a.index - b.index)
    .map(({ session }) => session);
}
