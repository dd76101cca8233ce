import * as v from "valibot";

// The single source of truth for bundled knowledge: types are inferred from these schemas,
// and the content tests and the build validate every entry against them.

export const CATEGORIES = ["red-flag", "condition", "cause", "symptom", "treatment", "care"] as const;
export const SPECIFICITIES = ["anchor", "contextual", "disambiguate"] as const;
export const SECTION_TITLES = {
  plainEnglish: "In plain English",
  whyItMatters: "Why it matters",
  evidence: "What the evidence says",
  whenToGetHelp: "When to get help",
} as const;

export const CategorySchema = v.picklist(CATEGORIES);
export const SpecificitySchema = v.picklist(SPECIFICITIES);
export const ConceptIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case"),
);

const FormText = v.pipe(v.string(), v.trim(), v.minLength(2));

export const SurfaceFormSchema = v.union([
  FormText,
  v.strictObject({
    form: FormText,
    exactCase: v.optional(v.boolean()),
    contextual: v.optional(v.boolean()),
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

export type Category = v.InferOutput<typeof CategorySchema>;
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
});
export const SourcesSchema = v.record(v.string(), SourceSchema);

export const RedFlagItemSchema = v.strictObject({
  id: ConceptIdSchema,
  concept: ConceptIdSchema,
  question: v.pipe(v.string(), v.minLength(10)),
  urgency: v.picklist(["emergency", "same-day"]),
  action: v.pipe(v.string(), v.minLength(10)),
});
export const RedFlagListSchema = v.pipe(v.array(RedFlagItemSchema), v.minLength(6));

export type Source = v.InferOutput<typeof SourceSchema>;
export type RedFlagItem = v.InferOutput<typeof RedFlagItemSchema>;
