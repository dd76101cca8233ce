// Where a finding is: the spinal level and the side or zone written next to it ("L4-5: left paracentral
// disc extrusion"). Pure text in, plain words out: no DOM, nothing stored. The Explain page and the
// in-page card call it on the text around a finding; the text never leaves the tab.

export interface Qualifier {
  /** Levels in reading order, written one way: "L4-5", "L5-S1", "C5-6", "L5". */
  readonly levels: readonly string[];
  /** Side and zone together: "left paracentral", "bilateral foraminal", "right"; null when none is near. */
  readonly side: string | null;
}

const LEVEL_TEXT = String.raw`\b([CTLS])(\d{1,2})(?:(?:\s*(?:[-\u2010-\u2015/]|to)\s*|(?=[CTLS]\d)|([\t ]))([CTLS])?(\d{1,2}))?\b`;
/** A level inside the finding's own words ("L5 radiculopathy", "S1 nerve root") is the finding's level. */
const LEVEL_IN_FINDING = new RegExp(LEVEL_TEXT, "gi");
/** Near it, a nerve root or an MRI sequence ("T2 weighted") is not where the finding is. */
const LEVEL = new RegExp(
  LEVEL_TEXT +
    String.raw`(?![\s-]*(?:nerve|root|nr\b|dermatom|myotom|radic|vertebra|weighted|w\b|signal|hyper|hypo|images?|sequence))`,
  "gi",
);
const ONE_LEVEL = new RegExp(LEVEL_TEXT, "i");
const SIDE_WORD = /\b(?:left|right|bilateral(?:ly)?|both sides)\b/gi;
/** The zone; "para central" (dictated) is not "central". */
const ONE_ZONE =
  /\b(?:far[\s-]lateral|extra-?foraminal|foraminal|paracentral|subarticular|lateral recess|posterolateral|(?<!para )central)\b/i;
/** "right" or "left" counts only as a side here, not in "the right thing" or "left over". */
const SIDE_CONTEXT =
  /^(?:[\s-]*(?:side|leg|paracentral|foraminal|extra-?foraminal|subarticular|central|lateral|posterolateral|[CTLS]\d))/i;
const SIDE_BEFORE = /(?:on|to) the\s*$/i;
/** "right L5 radiculopathy", "left disc bulge": a side word before a noun, but not "the right thing". */
const NOUN_AFTER =
  /^\s+(?!(?:thing|now|away|time|approach|decision|choice|to|of|over|and|or|after|behind)\b)[a-z]/i;
/**
 * Where a clause ends: a full stop before a space, a semicolon, a blank line, a new report line; and
 * "shows", so that "The MRI shows a disc extrusion at L4-5" gives the level to the extrusion, not the scan.
 */
const SENTENCE_END =
  /[.!?](?=\s|$)|;|\b(?:shows?|showed|reveals?|revealed|demonstrates?)\b|\n\s*\n|\n(?=\s*(?:[-*\u2022]|\d+[.)]|[CTLS]\d|[A-Z][A-Z ]+:))/g;
/** Inside a clause: commas, "with", "without", "which" start a new phrase about another finding. */
const PHRASE_END = /,|\b(?:with|without|which)\b|\band\b(?!\s+[CTLS]\d)/gi;
/**
 * A report line that starts with its level(s): "L4-5:", "2. At L5/S1 -", "C3-4 and C4-5:", and with a
 * note in brackets, "L3-L4 (adjacent level):".
 */
const HEADING = new RegExp(
  String.raw`^[\t ]*(?:[-*\u2022]|\d+[.)])?[\t ]*(?:at\s+)?(${LEVEL_TEXT}(?:\s*(?:,|and|&)\s*${LEVEL_TEXT})*)(?:\s+levels?)?(?: *\(.*?\))?\s*(?::|[\u2013\u2014-]\s)`,
  "i",
);

/** "L4/L5", "l4-5", "L5–S1", "L5S1" become "L4-5", "L5-S1"; "L4 5" too, but "L4 7 mm" is "L4". */
export function normalizeLevel(raw: string): string | null {
  const m = ONE_LEVEL.exec(raw.trim());
  if (!m) return null;
  const [, a, n, space, b, k] = m;
  const first = `${a.toUpperCase()}${n}`;
  if (!k) return first;
  const second = (b ?? a).toUpperCase();
  // Levels dictated with only a space ("L4 5", "L5 S1") are a pair only as neighbours ("T1 T2" are MRI
  // sequences; "L5 4/5" is a grade of strength).
  if (space && (first === "T1" || (+k !== +n + 1 && k !== "1"))) return first;
  return second === first[0] ? `${first}-${k}` : `${first}-${second}${k}`;
}

/** How far either side of a finding its sentence and its report line's heading are looked for. */
const NEAR = 1500;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The [start, end) of the piece of `text` holding [from, to) when `ends` marks where pieces stop. */
function pieceAround(text: string, ends: RegExp, from: number, to: number, within: Span): Span {
  let start = within.start;
  let end = within.end;
  const re = new RegExp(ends.source, ends.flags.includes("g") ? ends.flags : ends.flags + "g");
  const slice = text.slice(within.start, within.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = within.start + m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return { start, end };
}

function levelsIn(text: string, span: Span, pattern = LEVEL): Array<{ level: string; at: number }> {
  const found: Array<{ level: string; at: number }> = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(pattern)) {
    const level = normalizeLevel(m[0]);
    // "T1" and "T2" alone are MRI sequences ("T1 and T2 weighted") far more often than vertebrae.
    if (level && level !== "T1" && level !== "T2" && !found.some((f) => f.level === level))
      found.push({ level, at: span.start + m.index });
  }
  return found;
}

/** The level heading of the report line or paragraph the finding is in ("L4-5: ..."), if any. */
function headingLevels(text: string, at: number): string[] {
  const paragraphStart = Math.max(text.lastIndexOf("\n\n", at) + 1, at - NEAR);
  const lines = text.slice(paragraphStart, at).split("\n").reverse();
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (m) return levelsIn(m[1], { start: 0, end: m[1].length }).map((l) => l.level);
  }
  return [];
}

/** The level(s) for a finding: in its phrase, else the nearest in its sentence, else its line's heading. */
function levelsFor(text: string, sentence: Span, phrase: Span, finding: Span): string[] {
  const from = finding.start;
  const inFinding = levelsIn(text, finding, LEVEL_IN_FINDING);
  if (inFinding.length) return inFinding.map((l) => l.level);
  const own = levelsIn(text, phrase);
  if (own.length) return own.map((l) => l.level);
  const inSentence = levelsIn(text, sentence);
  if (inSentence.length) {
    const nearest = inSentence.reduce((a, b) => (Math.abs(b.at - from) < Math.abs(a.at - from) ? b : a));
    return [nearest.level];
  }
  return headingLevels(text, from);
}

function sideFor(text: string, phrase: Span): string | null {
  const slice = text.slice(phrase.start, phrase.end);
  let side: string | null = null;
  for (const m of slice.matchAll(SIDE_WORD)) {
    const word = m[0].toLowerCase();
    const after = slice.slice(m.index + m[0].length);
    const before = slice.slice(0, m.index);
    const plainSide = /^(?:left|right)$/.test(word);
    if (plainSide && !SIDE_CONTEXT.test(after) && !SIDE_BEFORE.test(before) && !NOUN_AFTER.test(after))
      continue;
    side = word.startsWith("bilateral") || word === "both sides" ? "bilateral" : word;
    break;
  }
  const zone = ONE_ZONE.exec(slice)?.[0].toLowerCase().replace(/\s+/g, " ") ?? null;
  if (side && zone) return `${side} ${zone}`;
  return side ?? zone;
}

/** Level and side written with the finding at [start, end) of `text`. */
export function qualifierAt(text: string, start: number, end: number): Qualifier {
  // Only the text near the finding is read: a sentence or report line is far shorter than this, and a
  // long text costs no more per finding than a short one.
  const near = { start: Math.max(0, start - NEAR), end: Math.min(text.length, end + NEAR) };
  const sentence = pieceAround(text, SENTENCE_END, start, end, near);
  const phrase = pieceAround(text, PHRASE_END, start, end, sentence);
  return { levels: levelsFor(text, sentence, phrase, { start, end }), side: sideFor(text, phrase) };
}

/**
 * "at L4-5, left paracentral"; a side alone reads as words ("on the left", "on both sides", "in the
 * foraminal zone"), so "Found …" stays a sentence; "" when nothing was found.
 */
export function describeQualifier(q: Qualifier): string {
  if (q.levels.length) return [`at ${q.levels.join(" and ")}`, ...(q.side ? [q.side] : [])].join(", ");
  if (!q.side) return "";
  if (q.side === "bilateral") return "on both sides";
  return /^(?:left|right)$/.test(q.side) ? `on the ${q.side}` : `in the ${q.side} zone`;
}
