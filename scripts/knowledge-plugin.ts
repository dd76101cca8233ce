// Vite plugin: turns content/ into two virtual modules at build time, so the extension ships plain data:
// the compiled vocabulary (for the page scanner) and the rendered knowledge base (for extension pages).
import type { Plugin } from "vite";
import { createHash } from "node:crypto";
import { Marked } from "marked";
import { compileGate, compileVocabulary } from "../content/matching/compile";
import { directivesIn } from "../content/red-flag-action";
import type { ConceptEntry, Source } from "../content/schema";
import type { ConceptView, KnowledgeBase, SearchTerms } from "../content/knowledge-types";
import { searchTermsOf } from "../content/search-terms";
import {
  CONCEPTS_DIR,
  RED_FLAGS_FILE,
  SOURCES_FILE,
  loadEntries,
  loadRedFlags,
  loadSources,
} from "./load-content";

const VOCABULARY = "virtual:sciatica-lens/vocabulary";
const VOCABULARY_VERSION = "virtual:sciatica-lens/vocabulary-version";
const ANCHOR_GATE = "virtual:sciatica-lens/anchor-gate";
const SUMMARIES = "virtual:sciatica-lens/summaries";
const KNOWLEDGE = "virtual:sciatica-lens/knowledge";
const SOURCES = "virtual:sciatica-lens/sources";
const SEARCH_TERMS = "virtual:sciatica-lens/search-terms";
const MODULES = new Set([
  VOCABULARY,
  KNOWLEDGE,
  VOCABULARY_VERSION,
  ANCHOR_GATE,
  SUMMARIES,
  SOURCES,
  SEARCH_TERMS,
]);
const marked = new Marked({ gfm: true, breaks: false });

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "[@koes-2007-sciatica]" becomes a link labelled "Koes 2007" to the source. */
export function renderMarkdown(markdown: string, sources: Record<string, Source>, where: string): string {
  const withCitations = markdown.replace(/\[@([^\]]+)\]/g, (_, keys: string) =>
    keys
      .split(/;\s*@?/)
      .map((key) => {
        const source = sources[key.trim()];
        if (!source) throw new Error(`${where}: unknown source key "${key}"`);
        const label = escapeHtml(source.label);
        return source.url
          ? `<a class="cite" href="${escapeHtml(source.url)}" data-source="${escapeHtml(key.trim())}">${label}</a>`
          : `<span class="cite" data-source="${escapeHtml(key.trim())}">${label}</span>`;
      })
      .join(", "),
  );
  return marked.parse(withCitations, { async: false });
}

/** "Text. [@a] [@b]" becomes "Text. (Label A; Label B)": plain text for the in-page card. */
export function renderCaveat(caveat: string, sources: Record<string, Source>, where: string): string {
  const labels: string[] = [];
  const text = caveat
    .replace(/\[@([^\]]+)\]/g, (_, keys: string) => {
      for (const key of keys.split(/;\s*@?/)) {
        const source = sources[key.trim()];
        if (!source) throw new Error(`${where}: unknown source key "${key}"`);
        if (!labels.includes(source.label)) labels.push(source.label);
      }
      return "";
    })
    .replace(/\s+/g, " ")
    .trim();
  return `${text} (${labels.join("; ")})`;
}

/** Every `{{urgent:<id>}}` must name a sign of the single source: the build stops on any other. */
function checkDirectives(markdown: string, signIds: ReadonlySet<string>, where: string): string {
  for (const id of directivesIn(markdown))
    if (!signIds.has(id)) throw new Error(`${where}: {{urgent:${id}}} names no sign in red-flags.yaml`);
  return markdown;
}

export function buildKnowledge(entries: ConceptEntry[], sources: Record<string, Source>): KnowledgeBase {
  const urgentSigns = loadRedFlags();
  const redFlags = urgentSigns.filter((sign) => sign.checklist);
  const signIds = new Set(urgentSigns.map((r) => r.id));
  const concepts: ConceptView[] = entries.map((e) => ({
    id: e.id,
    name: e.name,
    category: e.category,
    specificity: e.specificity,
    summary: e.summary,
    caveat: renderCaveat(e.caveat, sources, `${e.id}.caveat`),
    related: e.related,
    sources: e.sources,
    lastReviewed: e.lastReviewed,
    sections: Object.fromEntries(
      Object.entries(e.sections)
        .filter(([, md]) => md)
        .map(([key, md]) => {
          const where = `${e.id}.${key}`;
          return [key, renderMarkdown(checkDirectives(md as string, signIds, where), sources, where)];
        }),
    ),
  }));
  return { concepts, sources, redFlags, urgentSigns };
}

/**
 * Each concept's plain search words, spelled out from its surface forms. Kept apart from the summaries:
 * it is most of their weight, and only a search needs it, so the popup opens without it.
 */
export function buildSearchTerms(entries: ConceptEntry[]): SearchTerms {
  return Object.fromEntries(
    entries.map((e) => [
      e.id,
      [...new Set(e.surfaceForms.flatMap((f) => searchTermsOf(typeof f === "string" ? f : f.form)))],
    ]),
  );
}

export function knowledgePlugin(): Plugin {
  return {
    name: "sciatica-lens-knowledge",
    resolveId(id) {
      return MODULES.has(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith("\0") || !MODULES.has(id.slice(1))) return null;
      this.addWatchFile(CONCEPTS_DIR);
      this.addWatchFile(SOURCES_FILE);
      this.addWatchFile(RED_FLAGS_FILE);
      if (id === `\0${SOURCES}`) return `export default ${JSON.stringify(loadSources())};`;
      const entries = loadEntries();
      if (id === `\0${SEARCH_TERMS}`) return `export default ${JSON.stringify(buildSearchTerms(entries))};`;
      if (id === `\0${SUMMARIES}`) {
        const { concepts, redFlags, urgentSigns } = buildKnowledge(entries, loadSources());
        const summaries = concepts.map(
          ({ sections: _s, sources: _r, lastReviewed: _l, ...summary }) => summary,
        );
        return `export default ${JSON.stringify({ concepts: summaries, redFlags, urgentSigns })};`;
      }
      if (id === `\0${KNOWLEDGE}`)
        return `export default ${JSON.stringify(buildKnowledge(entries, loadSources()))};`;
      const gate = JSON.stringify(compileGate(entries));
      if (id === `\0${ANCHOR_GATE}`) return `export default ${gate};`;
      const vocabulary = JSON.stringify(compileVocabulary(entries));
      if (id === `\0${VOCABULARY}`) return `export default ${vocabulary};`;
      // One version for the vocabulary and the gate: the background stores both, the scanner checks both.
      const version = createHash("sha256").update(vocabulary).update(gate).digest("hex").slice(0, 16);
      return `export default ${JSON.stringify(version)};`;
    },
  };
}
