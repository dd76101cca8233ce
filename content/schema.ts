import * as v from "valibot";
import { URGENCY_LEVELS } from "./emergency";
import { CATEGORIES, CONCEPT_ID_PATTERN } from "./ids";

export { CATEGORIES } from "./ids";

// The single source of truth for bundled knowledge: types are inferred from these schemas,
// and the content tests and the build validate every entry against them.

export const SPECIFICITIES = ["anchor", "contextual", "disambiguate"] as const;
export const SECTION_TITLES = {
  plainEnglish: "In plain English",
  whyItMatters: "Why it matters",
  evidence: "What the evidence says",
  whenToGetHelp: "When to get help",
} as const;

export const CategorySchema = v.picklist(CATEGORIES);
export const SpecificitySchema = v.picklist(SPECIFICITIES);
export const ConceptIdSchema = v.pipe(v.string(), v.regex(CONCEPT_ID_PATTERN, "ids are kebab-case"));

const FormText = v.pipe(v.string(), v.trim(), v.minLength(2));

export const SurfaceFormSchema = v.union([
  FormText,
  v.strictObject({
    form: FormText,
    exactCase: v.optional(v.boolean()),
    contextual: v.optional(v.boolean()),
    /** Counts only when this phrase (same grammar) stands within a few sentences ("epidural" near "steroid"). */
    near: v.optional(FormText),
    /** Never counts when this phrase stands within a few sentences ("epidural" near "labour"). */
    farFrom: v.optional(FormText),
  }),
]);

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export const FrontMatterSchema = v.strictObject({
  id: ConceptIdSchema,
  name: v.pipe(v.string(), v.minLength(2)),
  category: CategorySchema,
  specificity: SpecificitySchema,
  summary: v.pipe(
    v.string(),
    v.minLength(10),
    v.check((s) => wordCount(s) <= 40, "summary is over 40 words"),
  ),
  /** How strong the evidence is, in a line or two for the in-page card; cites its sources as [@key]. */
  caveat: v.pipe(
    v.string(),
    v.check((s) => /\[@[^\]]+\]\s*$/.test(s), "caveat ends with its sources, as [@key]"),
    v.check((s) => wordCount(s.replace(/\[@[^\]]+\]/g, "")) <= 30, "caveat is over 30 words"),
  ),
  surfaceForms: v.pipe(v.array(SurfaceFormSchema), v.minLength(1)),
  exclusions: v.optional(v.array(FormText), []),
  related: v.optional(v.array(ConceptIdSchema), []),
  sources: v.array(v.string()),
  lastReviewed: v.pipe(
    v.union([v.string(), v.date()]),
    v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
    v.isoDate(),
  ),
});

export const SectionsSchema = v.strictObject({
  plainEnglish: v.pipe(v.string(), v.minLength(20)),
  whyItMatters: v.pipe(v.string(), v.minLength(20)),
  evidence: v.optional(v.string()),
  whenToGetHelp: v.optional(v.string()),
});

export const ConceptEntrySchema = v.strictObject({
  ...FrontMatterSchema.entries,
  sections: SectionsSchema,
});

export type { Category } from "./ids";
export type Specificity = v.InferOutput<typeof SpecificitySchema>;
export type SurfaceForm = v.InferOutput<typeof SurfaceFormSchema>;
export type ConceptEntry = v.InferOutput<typeof ConceptEntrySchema>;
export type SectionKey = keyof typeof SECTION_TITLES;

export const SourceSchema = v.strictObject({
  label: v.pipe(v.string(), v.minLength(2)),
  citation: v.pipe(v.string(), v.minLength(10)),
  url: v.optional(v.pipe(v.string(), v.url())),
  status: v.picklist(["VERIFIED", "PARTLY", "NOT FOUND"]),
  findings: v.optional(v.string()),
  /** For a source not in shared/sources.md: who checked it, when, and the identifier they saw. */
  verifiedBy: v.optional(v.pipe(v.string(), v.minLength(10))),
});
export const SourcesSchema = v.record(v.string(), SourceSchema);

const Sentence = v.pipe(v.string(), v.trim(), v.minLength(10));

/** One warning sign in the single source of urgent advice (content/red-flags.yaml). */
export const RedFlagItemSchema = v.strictObject({
  id: ConceptIdSchema,
  /** False for advice that only entries point to (a bad reaction to a medicine): not asked in the checklist. */
  checklist: v.optional(v.boolean(), true),
  /** The entries that explain it; the first that exists is the sign's own (its "Read about" link). */
  concepts: v.pipe(v.array(ConceptIdSchema), v.minLength(1)),
  /** Exactly one level per sign: the route for it comes from the user's region. */
  urgency: v.picklist(URGENCY_LEVELS),
  question: Sentence,
  /** What to do, in one or two sentences, without naming a number or service (the route adds that). */
  urgent: Sentence,
  /** A faster level for a worse form of the same sign: "If both legs are weak" → emergency. */
  escalation: v.optional(v.strictObject({ when: Sentence, urgency: v.picklist(URGENCY_LEVELS) })),
  /** What to do after being checked and sent home. */
  safetyNet: v.optional(Sentence),
  sources: v.array(v.string()),
});
export const RedFlagListSchema = v.pipe(
  v.array(RedFlagItemSchema),
  v.minLength(6),
  v.check((items) => new Set(items.map((i) => i.id)).size === items.length, "a sign id appears twice"),
  v.check(
    (items) => items.every((i) => !i.checklist || i.sources.length > 0),
    "every checklist sign cites its sources",
  ),
);

export type Source = v.InferOutput<typeof SourceSchema>;
export type RedFlagItem = v.InferOutput<typeof RedFlagItemSchema>;
