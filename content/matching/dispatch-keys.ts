import { lookupKey, type Item } from "./form-grammar";

// Each form is filed under the word(s) it starts with, so the scan only tries a form where its first
// word stands. When that word is very common, the first two words are the key, so "low back pain"
// is not tried at every "low".

export const COMMON_WORDS = new Set(
  (
    "a an the my his her your our their its it is was were be been am are i you he she we they me him us them " +
    "this that these those of in on at to for from with by and or but not no can cant cannot could would should " +
    "will did do does done have has had get got put went go goes left right low lower high back pain sore bad " +
    "well full open far lost loss feel felt hurt hurts push shot non deep numb leg legs foot very new sharp " +
    "severe one both all any some up down out over into"
  ).split(" "),
);

const LEVEL_MARK = "\u0001";
const MAX_PREFIXES = 4096;
const MAX_KEY_WORDS = 2;

/**
 * The plain beginnings of a form that can serve as its keys, with every alternative spelled out: words
 * are added while the words so far are common, up to MAX_KEY_WORDS (so rare first words expand little).
 */
function prefixes(seq: readonly Item[]): string[] {
  const out = new Set<string>();
  const done = (text: string): boolean => {
    const words = text.trim().split(" ");
    const last = words.at(-1) ?? "";
    return words.length >= MAX_KEY_WORDS || last.includes(LEVEL_MARK) || !COMMON_WORDS.has(lookupKey(last));
  };
  const walk = (items: readonly Item[], at: number, text: string): void => {
    if (out.size > MAX_PREFIXES)
      throw new Error("this form has too many alternatives at its start; split it");
    if (at === items.length) return void out.add(text.trim());
    const item = items[at];
    if (item.k === "c") walk(items, at + 1, text + item.c);
    else if (item.k === "level") walk(items, at + 1, text + LEVEL_MARK);
    else if (item.k === "gap")
      out.add(text.trim()); // the words after a gap are not known here
    else if (item.k === "sep") {
      if (text.trim() === "" || text.endsWith(" ")) walk(items, at + 1, text);
      else if (done(text)) out.add(text.trim());
      else walk(items, at + 1, `${text} `);
    } else {
      const rest = items.slice(at + 1);
      for (const alt of item.alts) walk([...alt, ...rest], 0, text);
      if (item.opt) walk(rest, 0, text);
    }
  };
  walk(seq, 0, "");
  return [...out];
}

export { lookupKey };

/**
 * Keys (as typed, with apostrophes) under which a form is filed: its first word, with the next words
 * added while the words so far are all common (up to MAX_KEY_WORDS). "{level}" for forms that start with a level.
 */
export function dispatchKeys(seq: readonly Item[]): string[] {
  const keys = new Set<string>();
  for (const prefix of prefixes(seq)) {
    const words = prefix.split(" ").filter(Boolean);
    if (words[0].startsWith(LEVEL_MARK)) {
      keys.add("{level}");
      continue;
    }
    if (words[0].includes(LEVEL_MARK))
      throw new Error(`a level inside the first word is not supported ("${prefix}")`);
    let n = 1;
    while (
      n < words.length &&
      n < MAX_KEY_WORDS &&
      COMMON_WORDS.has(lookupKey(words[n - 1])) &&
      !words[n].includes(LEVEL_MARK)
    )
      n++;
    keys.add(words.slice(0, n).join(" "));
  }
  return [...keys];
}
