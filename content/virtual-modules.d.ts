declare module "virtual:sciatica-lens/vocabulary" {
  const vocabulary: import("./matching/compile").CompiledVocabulary;
  export default vocabulary;
}
declare module "virtual:sciatica-lens/knowledge" {
  const knowledge: import("./knowledge-types").KnowledgeBase;
  export default knowledge;
}
declare module "virtual:sciatica-lens/vocabulary-version" {
  /** A hash of the compiled vocabulary: content scripts check the stored copy against it. */
  const version: string;
  export default version;
}
declare module "virtual:sciatica-lens/anchor-gate" {
  /** The gate's pattern (compileGate): where none of its words appear, no anchor can, and nothing more is loaded. */
  const pattern: string;
  export default pattern;
}
declare module "virtual:sciatica-lens/summaries" {
  const summaries: import("./knowledge-types").KnowledgeSummaries;
  export default summaries;
}
declare module "virtual:sciatica-lens/sources" {
  /** Every source the knowledge base cites, keyed as in shared/sources.md (for the options page's About). */
  const sources: Readonly<Record<string, import("./schema").Source>>;
  export default sources;
}
declare module "virtual:sciatica-lens/search-terms" {
  const terms: import("./knowledge-types").SearchTerms;
  export default terms;
}
