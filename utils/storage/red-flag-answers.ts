import { URGENCY_LEVELS } from "../../content/emergency";
import * as v from "valibot";
import { ConceptIdSchema, type RedFlagItem } from "../../content/schema";
import { defineValidatedItem } from "./validated-item";

// The user's own answers to the red-flag checklist. Version 1 is the first stored shape; a change of shape
// gets version 2, a migration from 1, and a test that migrates a version-1 example.

export const RedFlagAnswerSchema = v.picklist(["yes", "no"]);

export const RedFlagAnswersSchema = v.strictObject({
  /** Checklist item id → the user's answer. Unanswered items are absent. */
  answers: v.record(ConceptIdSchema, RedFlagAnswerSchema),
  /** When an answer last changed (ISO time), for the summary. */
  checkedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
});

export type RedFlagAnswer = v.InferOutput<typeof RedFlagAnswerSchema>;
export type RedFlagAnswers = v.InferOutput<typeof RedFlagAnswersSchema>;

export const EMPTY_RED_FLAG_ANSWERS: RedFlagAnswers = { answers: {}, checkedAt: null };

export const redFlagAnswersItem = defineValidatedItem("local:red-flag-answers", RedFlagAnswersSchema, {
  fallback: EMPTY_RED_FLAG_ANSWERS,
  version: 1,
});

/** The checklist items answered "yes", most urgent first. Answers to items no longer on the list are ignored. */
export function answeredYes(items: readonly RedFlagItem[], answers: RedFlagAnswers): RedFlagItem[] {
  const yes = items.filter((item) => answers.answers[item.id] === "yes");
  const rank = (item: RedFlagItem) => URGENCY_LEVELS.indexOf(item.urgency);
  return yes.sort((a, b) => rank(a) - rank(b)); // stable: the checklist's order within a level
}

export function withAnswer(
  answers: RedFlagAnswers,
  id: string,
  answer: RedFlagAnswer,
  now = new Date(),
): RedFlagAnswers {
  return { answers: { ...answers.answers, [id]: answer }, checkedAt: now.toISOString() };
}
