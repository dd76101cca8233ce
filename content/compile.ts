import type { Category, ConceptEntry, SurfaceForm } from "./schema";
import { TAIL, tokenizeForm } from "./form-grammar";
import { normalizeText } from "./normalize";
import { addSpellingVariants } from "./spelling-variants";

/** What the content script needs to find concepts: plain data, built once at build time. */
export interface CompiledVocabulary {
  readonly concepts: ReadonlyArray<{ id: string; category: Category; anchor: boolean }>;
  /** One trie-shaped pattern of every form and exclusion, run over normalised text (flags "g"). */
  readonly scan: string;
  /** Anchored pattern of exclusion phrases: a scan match that is one of these is not a concept. */
  readonly exclusion: string | null;
  /** Anchored patterns naming which concept a scan match is, tried in order. */
  readonly groups: ReadonlyArray<{ concept: number; contextual: boolean; exactCase: boolean; source: string }>;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), terminal: false });

function insert(root: TrieNode, tokens: readonly string[]): void {
  let node = root;
  for (const token of tokens) {
    let next = node.children.get(token);
    if (!next) node.children.set(token, (next = newNode()));
    node = next;
  }
  node.terminal = true;
}

/**
 * Emits a trie as one pattern. A form may end where the empty branch stands; it comes last, so longer
 * forms are tried first, and the shared tail after the whole pattern backtracks into shorter ones.
 */
function emit(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + emit(child));
  if (node.terminal) branches.push("");
  if (branches.length === 1) return branches[0];
  return `(?:${branches.join("|")})`;
}

const anchored = (root: TrieNode): string => `^(?:${emit(root)})${TAIL}$`;

function trieOf(tokenLists: ReadonlyArray<readonly string[]>): TrieNode {
  const root = newNode();
  for (const tokens of tokenLists) insert(root, tokens);
  return root;
}

const formText = (f: SurfaceForm): string => (typeof f === "string" ? f : f.form);

/** Tokens of a form as the scan sees it: normalised, lower-case, with spelling variants. */
export function scanTokens(form: string): string[] {
  return tokenizeForm(addSpellingVariants(normalizeText(form).text));
}

export function compileVocabulary(entries: readonly ConceptEntry[]): CompiledVocabulary {
  const all: string[][] = [];
  const exclusions: string[][] = [];
  const groups: Array<CompiledVocabulary["groups"][number]> = [];
  entries.forEach((entry, concept) => {
    const buckets = new Map<string, { contextual: boolean; exactCase: boolean; tokens: string[][] }>();
    for (const form of entry.surfaceForms) {
      const contextual = typeof form !== "string" && form.contextual === true;
      const exactCase = typeof form !== "string" && form.exactCase === true;
      const tokens = scanTokens(formText(form));
      all.push(tokens);
      const key = `${contextual}/${exactCase}`;
      const bucket = buckets.get(key) ?? { contextual, exactCase, tokens: [] };
      // Exact-case forms are checked against the original letters, so keep their case.
      bucket.tokens.push(exactCase ? tokenizeForm(formText(form)) : tokens);
      buckets.set(key, bucket);
    }
    for (const phrase of entry.exclusions) {
      const tokens = scanTokens(phrase);
      all.push(tokens);
      exclusions.push(tokens);
    }
    for (const { contextual, exactCase, tokens } of buckets.values()) {
      groups.push({ concept, contextual, exactCase, source: anchored(trieOf(tokens)) });
    }
  });
  // Exact-case forms first: "ESI" must be tried as exact before a looser form claims "esi".
  groups.sort((a, b) => Number(b.exactCase) - Number(a.exactCase));
  return {
    concepts: entries.map((e) => ({ id: e.id, category: e.category, anchor: e.specificity !== "contextual" })),
    scan: `(?:${emit(trieOf(all))})${TAIL}`,
    exclusion: exclusions.length ? anchored(trieOf(exclusions)) : null,
    groups,
  };
}
