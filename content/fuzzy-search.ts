import type { ConceptSummary, SearchTerms } from "./knowledge-types";
import { normalizeText } from "./matching/normalize";

// Search over every concept's name and plain terms, forgiving the misspellings people type
// ("siatica", "pirformis"): exact and prefix hits first, then near misses by edit distance.

const fold = (s: string): string =>
  normalizeText(s)
    .text.replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How many typing mistakes a query of this length may have. */
const allowance = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

function score(query: string, candidate: string): number {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(query)) return 2;
  const max = allowance(query.length);
  if (max === 0) return Infinity;
  // Compare with the candidate, and with the part of it as long as the query (typing in progress).
  const whole = editDistance(query, candidate, max);
  const prefix = editDistance(query, candidate.slice(0, query.length), max);
  const words = candidate.split(" ").map((w) => editDistance(query, w, max));
  const d = Math.min(whole, prefix + 0.5, ...words);
  return d <= max ? 3 + d : Infinity;
}

export interface SearchIndex {
  search(query: string, limit?: number): ConceptSummary[];
}

/** Without `terms` (still loading), names and ids alone are searched. */
export function createSearchIndex(concepts: readonly ConceptSummary[], terms: SearchTerms = {}): SearchIndex {
  const entries = concepts.map((concept) => ({
    concept,
    keys: [...new Set([concept.name, concept.id.replace(/-/g, " "), ...(terms[concept.id] ?? [])].map(fold))],
  }));
  return {
    search(query, limit = 8) {
      const q = fold(query);
      if (q.length < 2) return [];
      return entries
        .map(({ concept, keys }) => ({ concept, best: Math.min(...keys.map((k) => score(q, k))) }))
        .filter((r) => r.best < Infinity)
        .sort((a, b) => a.best - b.best || a.concept.name.localeCompare(b.concept.name))
        .slice(0, limit)
        .map((r) => r.concept);
    },
  };
}
