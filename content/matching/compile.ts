import type { Category, ConceptEntry, SurfaceForm } from "../schema";
import { dispatchKeys, lookupKey } from "./dispatch-keys";
import { gateWords } from "./gate-words";
import { GAP, LEVEL, SEP, parseForm, toPattern } from "./form-grammar";
import { normalizeText } from "./normalize";
import { addSpellingVariants } from "./spelling-variants";

/** One surface form (or exclusion), as shipped to the page scanner. */
export interface CompiledForm {
  /** Pattern over normalised, lower-case text, in compact form (see expandPattern). */
  readonly p: string;
  /** Concept index, or -1 for an exclusion (a phrase in another sense). */
  readonly c: number;
  /** Only counts on a page that also has an anchor. */
  readonly ctx?: 1;
  /** Pattern that must also match the original letters, for forms that only count in this exact case. */
  readonly exact?: string;
  /** Pattern that must match near the form for it to count. */
  readonly near?: string;
  /** Pattern that must not match near the form. */
  readonly far?: string;
}

/**
 * What the page scanner needs, built once at build time. Plain data (JSON). The prefilter finds where a
 * form may start; `keys` says which forms to try there.
 */
export interface CompiledVocabulary {
  readonly concepts: ReadonlyArray<{ id: string; category: Category }>;
  readonly forms: readonly CompiledForm[];
  /** Per first character of a key: the pattern of the keys starting with it (the key is group 1). */
  readonly prefilter: Readonly<Record<string, string>>;
  readonly keys: Readonly<Record<string, readonly number[]>>;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/** Alternatives for a set of keys, trie-shaped so each position is checked against a letter, not a list. */
function trieAlternatives(keys: Iterable<string>): string[] {
  const root: TrieNode = { children: new Map(), end: false };
  let level = false;
  for (const key of keys) {
    if (key === "{level}") {
      level = true;
      continue;
    }
    let node = root;
    for (const ch of key) {
      const token = ch === " " ? "[\\s\\-]+" : ch === "'" ? "'?" : ch.replace(/[\\^$.*+?()[\]{}|/]/, "\\$&");
      let next = node.children.get(token);
      if (!next) node.children.set(token, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([token, child]) => token + emit(child));
    if (node.end) branches.push("");
    return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  };
  return [emit(root), ...(level ? [LEVEL] : [])].filter(Boolean);
}

/** What may follow a key: a plural or possessive ending, then the end of the word. */
const KEY_END = "(?:e?s)?(?:'s?)?(?![a-z0-9])";

function prefilterPattern(keys: Iterable<string>): string {
  return `\\b(${trieAlternatives(keys).join("|")})${KEY_END}`;
}

/** The characters a level ("L4-5", "T12", "S1", "C6") can start with. */
const LEVEL_FIRST = ["l", "t", "s", "c"];

/**
 * One sticky pattern per first character, tried where a word starts: a page pays for compiling only the
 * letters its words start with, a few milliseconds each, where one pattern of every key took a long task.
 */
function prefilterByFirst(keys: Iterable<string>): Record<string, string> {
  const groups = new Map<string, string[]>();
  const add = (first: string, key: string) => {
    const group = groups.get(first);
    if (group) group.push(key);
    else groups.set(first, [key]);
  };
  for (const key of keys) {
    if (key === "{level}") LEVEL_FIRST.forEach((first) => add(first, key));
    else add(key[0], key);
  }
  return Object.fromEntries(
    [...groups].map(([first, group]) => [first, `(${trieAlternatives(group).join("|")})${KEY_END}`]),
  );
}

function dispatchTable(forms: readonly { keys: string[] }[]): Pick<CompiledVocabulary, "prefilter" | "keys"> {
  const keys: Record<string, number[]> = {};
  const shown = new Set<string>();
  forms.forEach((form, index) => {
    for (const key of form.keys) {
      shown.add(key);
      (keys[lookupKey(key)] ??= []).push(index);
    }
  });
  // A key that is another key with a plural or "-s" ending ("fevers", "opioids", "pains") is filed
  // under that shorter key and left out of the prefilter, which reads the ending itself. Otherwise the
  // prefilter takes the longer key at "fevers" and the forms under "fever" (which match "fevers" through
  // their plural ending) are never tried there.
  for (const key of [...shown]) {
    const base = [key.slice(0, -1), key.slice(0, -2)].find(
      (b, i) => key.endsWith(i ? "es" : "s") && shown.has(b),
    );
    if (base === undefined) continue;
    shown.delete(key);
    const into = (keys[lookupKey(base)] ??= []);
    for (const index of keys[lookupKey(key)]) if (!into.includes(index)) into.push(index);
  }
  return { prefilter: prefilterByFirst(shown), keys };
}

const formText = (f: SurfaceForm): string => (typeof f === "string" ? f : f.form);

/** Patterns ship with each separator as " ", each level as "\u0001" and each gap as "\u0002"; see expandPattern. */
const compact = (pattern: string): string =>
  pattern.split(SEP).join(" ").split(LEVEL).join("\u0001").split(GAP).join("\u0002");
export { expandPattern } from "./form-grammar";

/** Parses a form as the scan sees it: normalised, lower-case, with spelling variants. */
export const parseScanForm = (form: string) =>
  parseForm(addSpellingVariants(normalizeText(form, false).text));

/** Anchor and disambiguating concepts can stand alone; a contextual one needs an anchor on the page. */
const standsAlone = (entry: ConceptEntry): boolean => entry.specificity !== "contextual";
/** The forms that are anchors: those a page may be about sciatica for, without any other term. */
export const anchorForms = (entry: ConceptEntry): SurfaceForm[] =>
  standsAlone(entry) ? entry.surfaceForms.filter((f) => typeof f === "string" || !f.contextual) : [];

export function compileVocabulary(entries: readonly ConceptEntry[]): CompiledVocabulary {
  const forms: Array<CompiledForm & { keys: string[] }> = [];
  entries.forEach((entry, concept) => {
    for (const form of entry.surfaceForms) {
      const options: { contextual?: boolean; exactCase?: boolean; near?: string; farFrom?: string } =
        typeof form === "string" ? {} : form;
      const tree = parseScanForm(formText(form));
      forms.push({
        p: compact(toPattern(tree)),
        c: concept,
        ...(options.contextual || !standsAlone(entry) ? { ctx: 1 as const } : {}),
        ...(options.exactCase ? { exact: compact(toPattern(parseForm(formText(form)))) } : {}),
        ...(options.near ? { near: compact(toPattern(parseScanForm(options.near))) } : {}),
        ...(options.farFrom ? { far: compact(toPattern(parseScanForm(options.farFrom))) } : {}),
        keys: dispatchKeys(tree),
      });
    }
    for (const phrase of entry.exclusions) {
      const tree = parseScanForm(phrase);
      forms.push({ p: compact(toPattern(tree)), c: -1, keys: dispatchKeys(tree) });
    }
  });
  return {
    concepts: entries.map((e) => ({ id: e.id, category: e.category })),
    forms: forms.map(({ keys: _keys, ...form }) => form),
    ...dispatchTable(forms),
  };
}

/**
 * The gate, stored by the background for the page scanner: words one of which every anchor form contains (see
 * gate-words.ts). A page without any has no anchor, so the context rule would show nothing on it.
 */
export function compileGate(entries: readonly ConceptEntry[]): string {
  const words = new Set<string>();
  for (const entry of entries)
    for (const form of anchorForms(entry)) {
      const tree = parseScanForm(formText(form));
      for (const word of gateWords(tree) ?? dispatchKeys(tree)) words.add(word);
    }
  return prefilterPattern(words);
}
