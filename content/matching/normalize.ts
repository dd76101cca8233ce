// Text normalisation for matching. ASCII text (most of the web) takes a fast path with no offset map;
// anything else is mapped code point by code point so matches can be traced back to the original text.

const NON_ASCII = /[\u0080-\uffff]/;
const REMOVED = /^(?:[\u00ad\u200b-\u200d\u2060\ufeff\u180e]|\u034f)$/;
const SPACES = /^[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
const DASHES = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/;
const SINGLE_QUOTES = /^[\u2018\u2019\u201a\u201b\u2032\u02bc\u02b9\uff07`\u00b4]$/;
const DOUBLE_QUOTES = /^[\u201c-\u201f\u2033\u00ab\u00bb\uff02]$/;
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

function foldCodePoint(cp: string): string {
  let out = cache.get(cp);
  if (out !== undefined) return out;
  if (REMOVED.test(cp)) out = "";
  else if (SPACES.test(cp)) out = " ";
  else if (DASHES.test(cp)) out = "-";
  else if (SINGLE_QUOTES.test(cp)) out = "'";
  else if (DOUBLE_QUOTES.test(cp)) out = '"';
  // Lower-case first (Turkish İ becomes i + dot), then decompose and drop accents and dots.
  else out = cp.toLowerCase().normalize("NFKD").replace(MARKS, "").toLowerCase();
  cache.set(cp, out);
  return out;
}

export interface NormalizedText {
  /** Lower-case text with accents, odd spaces, dashes, quotes and invisible characters folded. */
  readonly text: string;
  /** For each normalised character, where its source character starts in the original; null when identical. */
  readonly starts: Int32Array | null;
  /** For each normalised character, where its source character ends in the original. */
  readonly ends: Int32Array | null;
}

/**
 * Quote marks and emphasis stars around a word become spaces (same length, so offsets still hold): a
 * "slipped" disc and nerve 'flossing' match as the plain words. An apostrophe inside a word stays.
 */
const QUOTING = /["*]|'(?![a-z0-9])|(?<![a-z0-9])'/g;
const unquote = (text: string): string =>
  text.includes("'") || text.includes('"') || text.includes("*") ? text.replace(QUOTING, " ") : text;

/** `page` false: a surface form, whose apostrophes ("('s)?", "(can't|...)") are grammar, not quotes. */
export function normalizeText(original: string, page = true): NormalizedText {
  const tidy = page ? unquote : (text: string) => text;
  if (!NON_ASCII.test(original)) return { text: tidy(original.toLowerCase()), starts: null, ends: null };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + size));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + size);
    }
    parts.push(folded);
    i += size;
  }
  return { text: tidy(parts.join("")), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Maps a [start, end) span of normalised text back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  return [n.starts[start], n.ends[end - 1]];
}
