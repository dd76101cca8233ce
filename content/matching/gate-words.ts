import { COMMON_WORDS, lookupKey } from "./dispatch-keys";
import type { Item } from "./form-grammar";
import { HEALTH_COMMON_WORDS } from "./health-common-words";

// The gate is what every page pays for: one small pattern, stored by the background and read by every frame at start, of words
// that every anchor form must contain. Where none appears, no anchor can, and nothing else is loaded.
// For each spelling of a form its rarest word is chosen, so everyday text rarely opens the gate.

const EVERYDAY = new Set(
  (
    "be have say make know take see come think look want give use find tell ask work seem call try " +
    "people year time way day thing man woman child life world school state family group problem " +
    "part place case week company system program question government number night point home water " +
    "room mother area money story fact month lot study book eye job word business issue side kind head " +
    "house service friend father power hour game line end member law car city name team minute idea " +
    "kid face others level office door health person art war history party result change morning " +
    "reason research girl guy moment air teacher force education good new first last long great little " +
    "own other old big high different small large next early young important few public bad same able " +
    "also just only even then now still never very really well always often about after again against " +
    "because before between during every here how like many more most much must need over same so " +
    "such than there through too under until when where which while who why would yes yet"
  ).split(" "),
);
const MAX_EXPANSIONS = 4096;
const LEVEL_MARK = "\u0001";

/** Health words are poor dispatch keys on health pages, but rare enough to keep other pages closed. */
const HEALTH = new Set("pain sore hurt hurts numb leg legs nerve nerves".split(" "));
const HEALTH_RANK = new Map(HEALTH_COMMON_WORDS.map((word, rank) => [word, rank]));

/**
 * How good a gate word is: 0 for everyday English (never chosen), 1-2 for words common in health writing
 * (rarer ones higher; chosen only when nothing better is there), more for the rest.
 */
const rarity = (word: string): number => {
  if (word.includes(LEVEL_MARK)) return 3;
  if ((COMMON_WORDS.has(word) && !HEALTH.has(word)) || EVERYDAY.has(word) || word.length < 3) return 0;
  const rank = HEALTH_RANK.get(word);
  if (rank !== undefined) return HEALTH.has(word) ? 2 : 1 + rank / HEALTH_COMMON_WORDS.length;
  return 10 + word.length;
};

/** Every spelling of a form, words separated by one space and levels marked; null past MAX_EXPANSIONS. */
function spellings(seq: readonly Item[]): string[] | null {
  let out = [""];
  for (const item of seq) {
    if (item.k === "c") out = out.map((s) => s + item.c);
    else if (item.k === "sep" || item.k === "gap")
      out = out.map((s) => (s.endsWith(" ") || s === "" ? s : `${s} `));
    else if (item.k === "level") out = out.map((s) => s + LEVEL_MARK);
    else {
      const alts: string[] = item.opt ? [""] : [];
      for (const alt of item.alts) {
        const inner = spellings(alt);
        if (!inner) return null;
        alts.push(...inner);
      }
      out = out.flatMap((s) => alts.map((a) => s + a));
    }
    if (out.length > MAX_EXPANSIONS) return null;
  }
  return out;
}

interface Cover {
  readonly words: ReadonlySet<string>;
  /** The rarity of its most common word: how often everyday text opens the gate through it. */
  readonly worst: number;
}

/** The rarest word of each spelling; null past MAX_EXPANSIONS, or when a spelling has only everyday words. */
function rarestOfEach(seq: readonly Item[]): Cover | null {
  const all = spellings(seq);
  if (!all) return null;
  const words = new Set<string>();
  let worst = Infinity;
  for (const spelling of all) {
    let best = "";
    let bestScore = 0;
    for (const raw of spelling.split(" ")) {
      const word = lookupKey(raw);
      const score = rarity(word);
      if (score > bestScore) [best, bestScore] = [word, score];
    }
    if (!best) return null;
    words.add(best.includes(LEVEL_MARK) ? "{level}" : best);
    worst = Math.min(worst, bestScore);
  }
  return { words, worst };
}

/** The parts of a form between its separators and gaps that every spelling has (not optional groups). */
function requiredParts(seq: readonly Item[]): Item[][] {
  const parts: Item[][] = [[]];
  for (const item of seq) {
    if (item.k === "sep" || item.k === "gap") parts.push([]);
    else parts[parts.length - 1].push(item);
  }
  return parts.filter((part) => part.length > 0 && !(part.length === 1 && part[0].k === "g" && part[0].opt));
}

/**
 * Words one of which appears wherever the form matches: either the rarest word of each spelling, or the
 * words of one part that every spelling has ("extrusion" in "(small |large )?(central|focal) extrusion"),
 * whichever everyday text has least. Null when every choice has a spelling of only everyday words (the
 * form's dispatch keys then stand in).
 */
export function gateWords(seq: readonly Item[]): string[] | null {
  let best: Cover | null = null;
  for (const cover of [rarestOfEach(seq), ...requiredParts(seq).map(rarestOfEach)])
    if (
      cover &&
      (!best ||
        cover.worst > best.worst ||
        (cover.worst === best.worst && cover.words.size < best.words.size))
    )
      best = cover;
  return best && [...best.words];
}
