// The small grammar of surface forms: words, "(a|b)" alternatives, "(words )?" optional parts and
// "{level}" for a spinal level. A form becomes a list of tokens, each a regular-expression fragment,
// so that forms sharing a beginning can share it in one trie-shaped pattern.

/** Between words: any run of spaces or hyphens, or nothing ("deep-tissue", "deeptissue"). */
export const SEP = "[\\s\\-]*";
/** A spinal level or range: L5, L4-L5, L4/5, L5-S1, L5S1, T12-L1, C5-6. */
export const LEVEL = "(?:[lt][1-9]|t1[0-2]|s[1-5]|c[1-7])(?:\\s?[\\-/]?\\s?(?:[lt]?[1-9]|t1[0-2]|s[1-5]|c[1-7]))?";
/** Letters and digits of any script, for word boundaries (ASCII punctuation and symbols are not). */
export const WORD_CHAR = "[a-z0-9\\u00c0-\\u02af\\u0370-\\u1fff\\u2c00-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe]";
/** What may follow any form: a plural or possessive ending, then a word boundary. */
export const TAIL = `(?:e?s)?(?:'s?)?(?!${WORD_CHAR})`;

export class FormSyntaxError extends Error {}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

function charFragment(c: string): string {
  // People drop apostrophes ("cant pee") as often as they type them.
  return c === "'" ? "'?" : escapeChar(c);
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parseForm(): string[] {
    const tokens = this.sequence();
    if (this.pos < this.src.length) this.fail(`unexpected "${this.src[this.pos]}"`);
    return tokens;
  }

  private fail(message: string): never {
    throw new FormSyntaxError(`form "${this.src}": ${message} at ${this.pos}`);
  }

  private sequence(): string[] {
    const tokens: string[] = [];
    const push = (t: string) => {
      if (!(t === SEP && (tokens.length === 0 || tokens.at(-1) === SEP))) tokens.push(t);
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === ")" || c === "|") break;
      if (c === "(") push(this.group());
      else if (this.src.startsWith("{level}", this.pos)) {
        push(LEVEL);
        this.pos += "{level}".length;
      } else if (c === "{" || c === "}" || c === "?") this.fail(`"${c}" is not allowed here`);
      else {
        push(/[\s-]/.test(c) ? SEP : charFragment(c));
        this.pos++;
      }
    }
    return tokens;
  }

  private group(): string {
    this.pos++; // (
    const alternatives = [this.sequence().join("")];
    while (this.src[this.pos] === "|") {
      this.pos++;
      alternatives.push(this.sequence().join(""));
    }
    if (this.src[this.pos] !== ")") this.fail('missing ")"');
    this.pos++;
    const optional = this.src[this.pos] === "?";
    if (optional) this.pos++;
    if (alternatives.some((a) => a === "")) this.fail("empty alternative");
    return `(?:${alternatives.join("|")})${optional ? "?" : ""}`;
  }
}

/** Tokens of one (already normalised) form; joined, they are its regular expression. */
export function tokenizeForm(form: string): string[] {
  const tokens = new Parser(form.trim()).parseForm();
  if (tokens.at(-1) === SEP) tokens.pop();
  if (tokens.length === 0) throw new FormSyntaxError(`form "${form}" is empty`);
  return tokens;
}
