import * as v from "valibot";
import { SUGGESTED_QUESTIONS } from "../../content/appointment-questions";
import { ConceptIdSchema } from "../../content/schema";
import { PAGE_TITLE_MAX, PAGE_URL_MAX } from "../page-limits";
import { defineValidatedItem } from "./validated-item";

// What the user brings to an appointment. Version 1 is the first stored shape; a change of shape gets
// version 2, a migration from 1, and a test that migrates a version-1 example.

export const PAIN_AREAS = ["buttock", "thigh", "calf", "foot"] as const;
export const SIDES = ["left", "right", "both"] as const;
export const SENSATIONS = ["tingling", "numbness", "weakness"] as const;
export const TRIGGERS = ["sitting", "bending", "coughing"] as const;

const setOf = <T extends string>(options: readonly [T, ...T[]]) =>
  v.pipe(
    v.array(v.picklist(options)),
    v.check((list) => new Set(list).size === list.length, "is listed twice"),
  );

/** Terms kept in "terms I read about"; past this the oldest go. */
export const MAX_TERMS = 300;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const QuestionSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  group: v.picklist(["massage", "clinician", "own"]),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  /** Ticked: the user wants to ask it; ticked questions go in the summary. */
  ticked: v.boolean(),
});

export const TermSchema = v.strictObject({
  conceptId: ConceptIdSchema,
  /** The page where the user read about it ("" when the page could not be asked). */
  title: text(PAGE_TITLE_MAX),
  url: text(PAGE_URL_MAX),
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
});

export const AppointmentSchema = v.strictObject({
  areas: setOf([...PAIN_AREAS]),
  side: v.nullable(v.picklist(SIDES)),
  sensations: setOf([...SENSATIONS]),
  worseWith: setOf([...TRIGGERS]),
  worseOther: text(300),
  started: text(300),
  tried: text(4000),
  questions: v.pipe(v.array(QuestionSchema), v.maxLength(100)),
  terms: v.pipe(v.array(TermSchema), v.maxLength(MAX_TERMS)),
});

export type Appointment = v.InferOutput<typeof AppointmentSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Term = v.InferOutput<typeof TermSchema>;
export type PainArea = (typeof PAIN_AREAS)[number];
export type Side = (typeof SIDES)[number];
export type Sensation = (typeof SENSATIONS)[number];
export type Trigger = (typeof TRIGGERS)[number];

export const EMPTY_APPOINTMENT: Appointment = {
  areas: [],
  side: null,
  sensations: [],
  worseWith: [],
  worseOther: "",
  started: "",
  tried: "",
  questions: SUGGESTED_QUESTIONS.map((q) => ({ ...q, ticked: false })),
  terms: [],
};

export const appointmentItem = defineValidatedItem("local:appointment", AppointmentSchema, {
  fallback: EMPTY_APPOINTMENT,
  version: 1,
});

/**
 * Adds a term the user read about. The same concept on the same page is kept once (the newest title
 * wins); when the list is full the oldest goes.
 */
export function addTerm(appointment: Appointment, term: Term): Appointment {
  const others = appointment.terms.filter((t) => !(t.conceptId === term.conceptId && t.url === term.url));
  return { ...appointment, terms: [...others, term].slice(-MAX_TERMS) };
}
