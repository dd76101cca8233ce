import type { Category, RedFlagItem, SectionKey, Source, Specificity } from "./schema";

/** A concept as the extension pages show it: sections are HTML (rendered at build time, sanitised on display). */
export interface ConceptView {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly specificity: Specificity;
  readonly summary: string;
  /** The evidence in a line or two, its sources named in brackets: "… (Furlan 2015)". Plain text. */
  readonly caveat: string;
  readonly related: readonly string[];
  readonly sources: readonly string[];
  readonly lastReviewed: string;
  readonly sections: Partial<Record<SectionKey, string>>;
}

/** Per concept id, the plain words that name it, for search (loaded only when a search needs them). */
export type SearchTerms = Readonly<Record<string, readonly string[]>>;

export interface KnowledgeBase {
  readonly concepts: readonly ConceptView[];
  readonly sources: Readonly<Record<string, Source>>;
  /** The checklist's warning signs (what the checklist, banner, popup and card show). */
  readonly redFlags: readonly RedFlagItem[];
  /** Every sign of the single source, the checklist's and the others, for `{{urgent:<id>}}`. */
  readonly urgentSigns: readonly RedFlagItem[];
}

/** What lists, cards and search need: everything but the long sections (which only the side panel shows). */
export type ConceptSummary = Omit<ConceptView, "sections" | "sources" | "lastReviewed">;

export interface KnowledgeSummaries {
  readonly concepts: readonly ConceptSummary[];
  readonly redFlags: readonly RedFlagItem[];
  readonly urgentSigns: readonly RedFlagItem[];
}
