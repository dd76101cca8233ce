// The small grammar of surface forms: words, "(a|b)" alternatives, "(words )?" optional parts,
// "{level}" for a spinal level and "{gap}" for up to three words of any kind. Forms are parsed to a tree, tidied so that no two separators can
// stand side by side (which would make matching slow on long runs of spaces), and turned into patterns.

/**
 * Between words: any run of spaces or hyphens ("deep-tissue", "deep  tissue"); inside a form also nothing.
 * Kept this plain on purpose: a group in every separator (for possessives or "or"-coordinated words)
 * made the patterns several times slower to compile and run. Inserted words use {gap} instead.
 */
export const SEP = "[\\s\\-]*";
/** "{gap}": up to three words of any kind, where writers insert modifiers ("numbness {gap} bottom"). */
export const GAP = "(?:[\\s\\-]+[a-z0-9']+){0,3}[\\s\\-]+";
/** A spinal level or range: L5, L4-L5, L4/5, L5–S1, L5S1, T12-L1, C5-6. */
export const LEVEL =
  "(?:t1[0-2]|[lt][1-9]|s[1-5]|c[1-7])(?:\\s?[\\-/]?\\s?(?:t1[0-2]|[lt]?[1-9]|s[1-5]|c[1-7]))?";
/** Letters and digits of any script, for word boundaries (punctuation and symbols are not). */
export const WORD_CHAR =
  "[a-z0-9\\u00c0-\\u02af\\u0370-\\u1fff\\u2c00-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe]";
/** What may follow any form: a plural or possessive ending, then a word boundary. */
export const TAIL = `(?:e?s)?(?:'s?)?(?!${WORD_CHAR})`;

export type Item =
  | { readonly k: "c"; readonly c: string }
  | { readonly k: "sep" }
  | { readonly k: "level" }
  | { readonly k: "gap" }
  | { readonly k: "g"; readonly alts: Item[][]; readonly opt: boolean };

export class FormSyntaxError extends Error {}

const SEP_ITEM: Item = { k: "sep" };
const GAP_ITEM: Item = { k: "gap" };
const isSep = (i: Item | undefined): boolean => i?.k === "sep";
const endsWithSep = (seq: Item[]): boolean => isSep(seq.at(-1));

/** Removes doubled separators, including those an optional group would otherwise put side by side. */
function tidy(seq: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of seq) {
    // A gap brings its own separators.
    if (item.k === "gap" && isSep(out.at(-1))) out.pop();
    if (isSep(item) && out.at(-1)?.k === "gap") continue;
    if (isSep(item) && (out.length === 0 || isSep(out.at(-1)))) continue;
    if (isSep(item) && out.at(-1)?.k === "g" && (out.at(-1) as { alts: Item[][] }).alts.every(endsWithSep))
      continue;
    out.push(item);
  }
  // "a (b )? c" and "a (b)? c": the group takes the separator after it, so only one can match spaces.
  for (let i = 1; i < out.length - 1; i++) {
    const g = out[i];
    if (g.k === "g" && g.opt && isSep(out[i - 1]) && isSep(out[i + 1])) {
      out[i] = { ...g, alts: g.alts.map((alt) => (endsWithSep(alt) ? alt : [...alt, SEP_ITEM])) };
      out.splice(i + 1, 1);
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Item[] {
    const seq = this.sequence();
    if (this.pos < this.src.length) this.fail(`unexpected "${this.src[this.pos]}"`);
    while (isSep(seq.at(-1))) seq.pop();
    while (isSep(seq[0])) seq.shift();
    if (seq.length === 0) this.fail("empty form");
    return seq;
  }

  private fail(message: string): never {
    throw new FormSyntaxError(`form "${this.src}": ${message} at ${this.pos}`);
  }

  private sequence(): Item[] {
    const seq: Item[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === ")" || c === "|") break;
      if (c === "(") seq.push(this.group());
      else if (this.src.startsWith("{level}", this.pos)) {
        seq.push({ k: "level" });
        this.pos += "{level}".length;
      } else if (this.src.startsWith("{gap}", this.pos)) {
        if (seq.length === 0) this.fail("a form cannot start with {gap}");
        seq.push(GAP_ITEM);
        this.pos += "{gap}".length;
      } else if (c === "{" || c === "}" || c === "?") this.fail(`"${c}" is not allowed here`);
      else {
        seq.push(/[\s-]/.test(c) ? SEP_ITEM : { k: "c", c });
        this.pos++;
      }
    }
    return tidy(seq);
  }

  private group(): Item {
    this.pos++;
    const alts = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      alts.push(this.sequence());
    }
    if (this.src[this.pos] !== ")") this.fail('missing ")"');
    this.pos++;
    const opt = this.src[this.pos] === "?";
    if (opt) this.pos++;
    if (alts.some((a) => a.length === 0)) this.fail("empty alternative");
    return { k: "g", alts, opt };
  }
}

export function parseForm(form: string): Item[] {
  return new Parser(form.trim()).parse();
}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

/** The pattern of a parsed form; longer alternatives first, so the longest reading is tried first. */
export function toPattern(seq: readonly Item[]): string {
  return seq
    .map((item) => {
      if (item.k === "c") return item.c === "'" ? "'?" : escapeChar(item.c);
      if (item.k === "sep") return SEP;
      if (item.k === "level") return LEVEL;
      if (item.k === "gap") return GAP;
      const alts = item.alts.map(toPattern).sort((a, b) => b.length - a.length);
      return `(?:${alts.join("|")})${item.opt ? "?" : ""}`;
    })
    .join("");
}

/** Undoes the compact form patterns ship in (separators as " ", levels as "\u0001", gaps as "\u0002"). */
export const expandPattern = (pattern: string): string =>
  pattern.split(" ").join(SEP).split("\u0001").join(LEVEL).split("\u0002").join(GAP);

/** How a dispatch key is looked up: separators as one space, no apostrophes. */
export const lookupKey = (text: string): string =>
  text
    .replace(/[\s-]+/g, " ")
    .replace(/'/g, "")
    .trim();
