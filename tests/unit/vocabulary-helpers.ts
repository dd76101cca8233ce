import type { ConceptEntry, SurfaceForm } from "../../content/schema";

/** A minimal valid entry for matcher tests that should not depend on the real knowledge base. */
export function entry(
  id: string,
  surfaceForms: SurfaceForm[],
  options: {
    exclusions?: string[];
    specificity?: ConceptEntry["specificity"];
    category?: ConceptEntry["category"];
  } = {},
): ConceptEntry {
  return {
    id,
    name: id,
    category: options.category ?? "cause",
    specificity: options.specificity ?? "anchor",
    summary: "A test concept.",
    caveat: "No evidence: a test concept. [@nice-ng59]",
    surfaceForms,
    exclusions: options.exclusions ?? [],
    related: [],
    sources: [],
    lastReviewed: "2026-11-23",
    sections: { plainEnglish: "Test text for a concept.", whyItMatters: "Test text for a concept." },
  };
}
