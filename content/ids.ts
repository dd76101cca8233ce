// Names that code running in web pages needs too. Plain constants: the valibot schemas built from them
// live in schema.ts, so the page scanner bundles none of the validation library.

export const CATEGORIES = ["red-flag", "condition", "cause", "symptom", "treatment", "care"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Concept ids are kebab-case: "saddle-numbness". */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
