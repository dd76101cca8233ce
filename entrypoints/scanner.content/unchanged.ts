import type { Finding, FindingStore } from "./findings";

const same = (a: Finding, b: Finding): boolean =>
  a.concept === b.concept &&
  a.contextual === b.contextual &&
  a.range.startOffset === b.range.startOffset &&
  a.range.endContainer === b.range.endContainer &&
  a.range.endOffset === b.range.endOffset;

/**
 * A rescan of a block whose text did not change finds the same terms at the same places again. Those
 * pairs are cancelled out (the store keeps the old finding, whose range the highlights already hold), so
 * the highlights change only where the findings did: each change costs the page a rebuild of them all.
 */
export function cancelUnchanged(
  store: FindingStore,
  added: readonly Finding[],
  removed: readonly Finding[],
): { added: Finding[]; removed: Finding[] } {
  if (added.length === 0 || removed.length === 0) return { added: [...added], removed: [...removed] };
  const gone = new Map<Node, Finding[]>();
  for (const f of removed) {
    const list = gone.get(f.range.startContainer);
    if (list) list.push(f);
    else gone.set(f.range.startContainer, [f]);
  }
  const kept = new Map<Finding, Finding>();
  const stillAdded: Finding[] = [];
  for (const f of added) {
    const candidates = gone.get(f.range.startContainer);
    const index = candidates?.findIndex((old) => same(old, f)) ?? -1;
    if (candidates && index >= 0) {
      kept.set(f, candidates[index]);
      candidates.splice(index, 1);
    } else stillAdded.push(f);
  }
  if (kept.size === 0) return { added: [...added], removed: [...removed] };
  store.keepOld(kept);
  const restored = new Set(kept.values());
  return { added: stillAdded, removed: removed.filter((f) => !restored.has(f)) };
}
