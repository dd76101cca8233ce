import { normalizeText } from "./normalize";

/**
 * The first step of the matching path: a small pattern (compileGate, stored by the background, read by each frame at start) of
 * words one of which every anchor form contains. Text without any cannot hold an anchor, so under the
 * context rule nothing on it counts, and the vocabulary need not even be loaded.
 */
export interface Gate {
  opens(text: string): boolean;
}

/** Without a pattern (not stored yet, or from another version) every text opens it: nothing is missed. */
export function createGate(pattern: string | null): Gate {
  if (pattern === null) return { opens: () => true };
  const words = new RegExp(pattern);
  return { opens: (text) => words.test(normalizeText(text).text) };
}
