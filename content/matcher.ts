import type { CompiledVocabulary } from "./compile";
import { normalizeText, toOriginalSpan } from "./normalize";

export interface ConceptMatch {
  /** Index into `vocabulary.concepts`. */
  readonly concept: number;
  /** Offsets in the original (not normalised) text. */
  readonly start: number;
  readonly end: number;
  /** True when this match only counts on a page that also has an anchor concept. */
  readonly contextual: boolean;
}

export interface Matcher {
  readonly vocabulary: CompiledVocabulary;
  /** Every form found in one piece of text, before the page-level context rule. */
  findAll(text: string): ConceptMatch[];
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  (c >= 0xc0 && c <= 0x2af) ||
  (c >= 0x370 && c <= 0x1fff) ||
  (c >= 0x2c00 && c <= 0xd7ff) ||
  (c >= 0xf900 && c <= 0xfdff) ||
  (c >= 0xfe70 && c <= 0xfefe);

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function createMatcher(vocabulary: CompiledVocabulary): Matcher {
  // "\b" lets the engine skip most positions cheaply; the exact Unicode-aware check follows below.
  const scan = new RegExp(`\\b${vocabulary.scan}`, "g");
  const exclusion = vocabulary.exclusion ? new RegExp(vocabulary.exclusion) : null;
  const groups = vocabulary.groups.map((g) => ({ ...g, pattern: new RegExp(g.source) }));
  const anchors = vocabulary.concepts.map((c) => c.anchor);

  function findAll(original: string): ConceptMatch[] {
    const normalized = normalizeText(original);
    const text = normalized.text;
    const found: ConceptMatch[] = [];
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      const start = m.index;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) {
        scan.lastIndex = start + 1;
        continue;
      }
      const matched = m[0];
      if (exclusion?.test(matched)) continue;
      const [from, to] = toOriginalSpan(normalized, start, start + matched.length);
      for (const group of groups) {
        const subject = group.exactCase ? original.slice(from, to).replace(INVISIBLE, "") : matched;
        if (group.pattern.test(subject)) {
          found.push({ concept: group.concept, start: from, end: to, contextual: group.contextual || !anchors[group.concept] });
          break;
        }
      }
    }
    return found;
  }

  return { vocabulary, findAll };
}

/** Contextual matches count only when the same page also has an anchor match. */
export function applyContextRule<T extends { contextual: boolean }>(matches: readonly T[]): T[] {
  return matches.some((m) => !m.contextual) ? [...matches] : [];
}
