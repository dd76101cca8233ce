import type { CompiledVocabulary } from "./compile";
import { TAIL, expandPattern, lookupKey } from "./form-grammar";
import { normalizeText, toOriginalSpan, type NormalizedText } from "./normalize";

export interface ConceptMatch {
  /** Index into `vocabulary.concepts`. */
  readonly concept: number;
  /** Offsets in the original (not normalised) text. */
  readonly start: number;
  readonly end: number;
  /** True when this match only counts on a page that also has an anchor concept (see context-rule.ts). */
  readonly contextual: boolean;
}

/** The full pass: every form and exclusion, over text the gate let through (see find-concepts.ts). */
export interface Matcher {
  readonly vocabulary: CompiledVocabulary;
  findAll(text: string): ConceptMatch[];
  /**
   * The same as findAll, or null when `deadline` (a performance.now() time) passed before the text was
   * read: each pattern is compiled the first time its words are met, which can take the browser tens of
   * milliseconds for the largest, so a caller on the page's main thread asks again in its next slice.
   * What was compiled stays compiled, so each try gets further.
   */
  findAllBefore(text: string, deadline: number): ConceptMatch[] | null;
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  (c >= 0xc0 && c <= 0x2af) ||
  (c >= 0x370 && c <= 0x1fff) ||
  (c >= 0x2c00 && c <= 0xd7ff) ||
  (c >= 0xf900 && c <= 0xfdff) ||
  (c >= 0xfe70 && c <= 0xfefe);

const LEVEL_START = /^(?:[lt]\d|s[1-5]|c[1-7])/;
/** How far (in characters, either side) a form's `near` or `farFrom` phrase may stand: a few sentences. */
const NEARBY = 300;
/** Symptoms and warning signs may share a span: "leg weakness that is getting worse" is both. */
const SHARES_SPAN = new Set(["symptom", "red-flag"]);
const ODD_KEY = /[\s\-']/;
/** Meetings of a key before its forms are pre-checked with one pattern of them all. */
const ANY_AFTER = 4;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function createMatcher(vocabulary: CompiledVocabulary): Matcher {
  const { forms, keys } = vocabulary;
  // Patterns are compiled on first use: a page pays only for the forms whose first words it contains.
  const sticky: Array<RegExp | undefined> = [];
  const exact: Array<RegExp | undefined> = [];
  const stickyOf = (i: number) => (sticky[i] ??= new RegExp(`(?:${expandPattern(forms[i].p)})${TAIL}`, "y"));
  const exactOf = (i: number) => (exact[i] ??= new RegExp(`^(?:${expandPattern(forms[i].exact!)})${TAIL}$`));
  const around = new Map<string, RegExp>();
  const aroundOf = (p: string) => {
    let re = around.get(p);
    if (!re) around.set(p, (re = new RegExp(`(?<![a-z0-9])(?:${expandPattern(p)})${TAIL}`)));
    return re;
  };
  /** Whether a form's `near` phrase is there and its `farFrom` phrase is not. */
  const surroundingsHold = (i: number, text: string, start: number, end: number): boolean => {
    const { near, far } = forms[i];
    if (near === undefined && far === undefined) return true;
    const window = text.slice(Math.max(0, start - NEARBY), end + NEARBY);
    return (
      (near === undefined || aroundOf(near).test(window)) &&
      (far === undefined || !aroundOf(far).test(window))
    );
  };
  const sharesSpan = (i: number) => SHARES_SPAN.has(vocabulary.concepts[forms[i].c].category);
  const keepsOwnSpan = (i: number) =>
    sharesSpan(i) || vocabulary.concepts[forms[i].c].category === "condition";
  // Per first character: its keys' sticky pattern once compiled, null where no key starts with it.
  const firsts = new Map<string, RegExp | null>();

  /** Compiles a pattern now: V8 compiles on the first use, and to machine code on the second. */
  function warm(re: RegExp): RegExp {
    re.lastIndex = 0;
    re.test("\u0000");
    re.lastIndex = 0;
    re.test("\u0000");
    re.lastIndex = 0;
    return re;
  }
  /** Compiles everything a key's forms need, so that the time it takes is paid before a deadline check. */
  function warmPlan(plan: Plan): void {
    for (const i of plan.forms) {
      warm(stickyOf(i));
      const { near, far } = forms[i];
      if (near !== undefined) warm(aroundOf(near));
      if (far !== undefined) warm(aroundOf(far));
      if (forms[i].exact) warm(exactOf(i));
    }
    plan.warm = true;
  }

  const NONE: readonly number[] = [];
  // Per key: every form to try there, and one sticky pattern of them all that rules out most places at
  // once (a common first word such as "symptoms" is seldom followed by the rest of a form).
  const plans = new Map<string, Plan>();
  interface Plan {
    readonly forms: readonly number[];
    any?: RegExp;
    warm?: boolean;
    seen: number;
  }
  function planFor(key: string): Plan {
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = { forms: candidates(key), seen: 0 }));
    return plan;
  }
  const anyOf = (plan: Plan): RegExp =>
    (plan.any ??= new RegExp(
      `(?:${plan.forms.map((i) => expandPattern(forms[i].p)).join("|")})${TAIL}`,
      "y",
    ));

  /**
   * Forms filed under the key found, under its shorter beginnings ("low back" also tries "low"), and
   * (for "L5…") under "{level}".
   */
  function candidates(key: string): readonly number[] {
    const k = ODD_KEY.test(key) ? lookupKey(key) : key;
    const lists = [keys[k] ?? NONE];
    for (let space = k.lastIndexOf(" "); space > 0; space = k.lastIndexOf(" ", space - 1)) {
      lists.push(keys[k.slice(0, space)] ?? NONE);
    }
    if (LEVEL_START.test(k)) lists.push(keys["{level}"] ?? NONE);
    return lists.flat();
  }

  function findAll(original: string, deadline = Number.POSITIVE_INFINITY): ConceptMatch[] | null {
    const normalized = normalizeText(original);
    const text = normalized.text;
    const found: Array<{ form: number; start: number; end: number }> = [];
    const longestOf = new Map<number, { form: number; end: number }>(); // per concept, at one start
    const excluded: Array<[number, number]> = [];
    let taken = 0; // a concept match may not start inside the previous one (but see spanShares)
    const spanConcepts: number[] = []; // the concepts found in the span that ends at `taken`
    let spanShares = false;
    // Every word start is a candidate, also inside a match: exclusions may begin there.
    const words = /\w+/g; // as \b did: no key starts after an underscore ("msk_physio")
    for (let w = words.exec(text); w; w = words.exec(text)) {
      const start = w.index;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
      let keyAt = firsts.get(w[0][0]);
      if (keyAt === undefined) {
        const pattern = vocabulary.prefilter[w[0][0]];
        if (pattern && performance.now() > deadline) return null;
        firsts.set(w[0][0], (keyAt = pattern ? warm(new RegExp(pattern, "y")) : null));
      }
      if (!keyAt) continue;
      keyAt.lastIndex = start;
      const m = keyAt.exec(text);
      if (!m) continue;
      const plan = planFor(m[1]);
      const list = plan.forms;
      if (list.length === 0) continue;
      if (!plan.warm) {
        if (performance.now() > deadline) return null;
        warmPlan(plan);
      }
      // The one pattern of all a key's forms costs several times their own to compile: it is only worth
      // it for a key the text keeps meeting.
      if (list.length > 1 && ++plan.seen >= ANY_AFTER) {
        if (!plan.any && performance.now() > deadline) return null;
        const any = plan.any ?? warm(anyOf(plan));
        any.lastIndex = start;
        if (!any.test(text)) continue;
      }
      // Try every form filed under this key here; the longest concept form and the longest exclusion win.
      let best = -1;
      let bestEnd = -1;
      let exclusionEnd = -1;
      longestOf.clear();
      for (let j = 0; j < list.length; j++) {
        const i = list[j];
        const re = stickyOf(i);
        re.lastIndex = start;
        if (!re.test(text)) continue;
        const end = re.lastIndex;
        if (forms[i].c === -1) exclusionEnd = Math.max(exclusionEnd, end);
        else if (
          !exactCaseHolds(i, normalized, original, start, end) ||
          !surroundingsHold(i, text, start, end)
        )
          continue;
        else if ((longestOf.get(forms[i].c)?.end ?? -1) < end) longestOf.set(forms[i].c, { form: i, end });
        if (forms[i].c !== -1 && end > bestEnd) [best, bestEnd] = [i, end];
      }
      if (exclusionEnd > start) excluded.push([start, exclusionEnd]);
      if (best < 0) continue;
      if (start < taken) {
        // Inside a symptom or sign, another one may start if it reaches further ("weakness in both legs
        // that is getting worse") or is a warning sign; a symptom wholly inside ("numbness" in "saddle
        // numbness") adds nothing.
        const reachesFurther = bestEnd > taken || vocabulary.concepts[forms[best].c].category === "red-flag";
        if (!sharesSpan(best) || !spanShares || !reachesFurther || spanConcepts.includes(forms[best].c))
          continue;
      } else {
        spanConcepts.length = 0;
        spanShares = sharesSpan(best);
      }
      found.push({ form: best, start, end: bestEnd });
      spanConcepts.push(forms[best].c);
      // Another true symptom or sign in the same words keeps its own (shorter) match.
      // So does a condition named at the start of a longer phrase ("sciatica in both legs", "sciatic
      // nerve pain"): the words name it as much as the longer concept.
      if (longestOf.size > 1 && keepsOwnSpan(best))
        for (const [concept, other] of longestOf)
          if (concept !== forms[best].c && keepsOwnSpan(other.form) && !spanConcepts.includes(concept)) {
            found.push({ form: other.form, start, end: other.end });
            spanConcepts.push(concept);
          }
      taken = Math.max(taken, bestEnd);
    }
    // A phrase in another sense rules out every concept match it overlaps.
    const kept = excluded.length
      ? found.filter((f) => !excluded.some(([a, b]) => a < f.end && f.start < b))
      : found;
    return kept.map((f) => {
      const [from, to] = toOriginalSpan(normalized, f.start, f.end);
      return { concept: forms[f.form].c, start: from, end: to, contextual: forms[f.form].ctx === 1 };
    });
  }

  function exactCaseHolds(
    form: number,
    normalized: NormalizedText,
    original: string,
    start: number,
    end: number,
  ) {
    if (!forms[form].exact) return true;
    const [from, to] = toOriginalSpan(normalized, start, end);
    return exactOf(form).test(original.slice(from, to).replace(INVISIBLE, ""));
  }

  return {
    vocabulary,
    findAll: (text) => findAll(text)!,
    findAllBefore: (text, deadline) => findAll(text, deadline),
  };
}
