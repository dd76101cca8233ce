import type { Category } from "../../content/ids";
import { applyContextRule, countsOnPage, isAnchorMatch } from "../../content/matching/context-rule";

export interface Finding {
  readonly concept: number;
  readonly category: Category;
  readonly contextual: boolean;
  readonly range: StaticRange;
}

/**
 * Findings grouped by the block element whose text they were found in, so a changed block can drop and
 * replace exactly its own. Keeps the anchor count for the page-level context rule.
 */
export class FindingStore {
  readonly #byBlock = new Map<Node, Finding[]>();
  readonly #blockOfFinding = new WeakMap<Finding, Node>();
  #anchors = 0;
  /** Concepts the user said are not meant on this site ("Not this meaning here"): never stored. */
  hidden: (concept: number) => boolean = () => false;

  get hasAnchor(): boolean {
    return this.#anchors > 0;
  }

  add(block: Node, all: Finding[]): Finding[] {
    const found = all.filter((f) => !this.hidden(f.concept));
    if (found.length === 0) return found;
    const list = this.#byBlock.get(block);
    if (list) list.push(...found);
    else this.#byBlock.set(block, found);
    for (const f of found) {
      this.#blockOfFinding.set(f, block);
      if (isAnchorMatch(f)) this.#anchors++;
    }
    return found;
  }

  /** Puts each old finding back in place of the fresh one that found the same thing (see unchanged.ts). */
  keepOld(freshToOld: ReadonlyMap<Finding, Finding>): void {
    const blocks = new Set<Node>();
    for (const fresh of freshToOld.keys()) {
      const block = this.#blockOfFinding.get(fresh);
      if (block) blocks.add(block);
    }
    for (const block of blocks) {
      const list = this.#byBlock.get(block);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const old = freshToOld.get(list[i]);
        if (!old) continue;
        list[i] = old;
        this.#blockOfFinding.set(old, block);
      }
    }
  }

  /** The block a finding was found in (kept after the finding is removed). */
  blockOf(f: Finding): Node | undefined {
    return this.#blockOfFinding.get(f);
  }

  /** The findings of one block. */
  inBlock(block: Node): readonly Finding[] {
    return this.#byBlock.get(block) ?? [];
  }

  /** The findings in text whose block is `node` or holds it. */
  near(node: Node): Finding[] {
    const out: Finding[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) {
      const list = this.#byBlock.get(n);
      if (list) out.push(...list);
    }
    return out;
  }

  /** How many blocks hold findings. */
  get blockCount(): number {
    return this.#byBlock.size;
  }

  /**
   * Removes the findings of `root` and every block inside it; returns what was removed. A page that keeps
   * adding posts holds thousands of blocks with findings while each new subtree holds none: so the subtree
   * is walked (O(its size)) unless it is bigger than the store, which is then walked instead.
   */
  removeWithin(root: Node): Finding[] {
    const removed: Finding[] = [];
    const own = this.#byBlock.get(root);
    if (own) this.#drop(root, own, removed);
    if (this.#byBlock.size === 0) return removed;
    const inside = this.#blocksInside(root, this.#byBlock.size);
    if (inside) {
      for (const block of inside) this.#drop(block, this.#byBlock.get(block)!, removed);
      return removed;
    }
    for (const [block, list] of this.#byBlock) if (root.contains(block)) this.#drop(block, list, removed);
    return removed;
  }

  /** The stored blocks among `root`'s descendants, or null once more than `limit` elements were seen. */
  #blocksInside(root: Node, limit: number): Node[] | null {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    const found: Node[] = [];
    let seen = 0;
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (++seen > limit) return null;
      if (this.#byBlock.has(el)) found.push(el);
    }
    return found;
  }

  /** Removes findings of blocks that are no longer in the page. */
  removeDetached(): Finding[] {
    const removed: Finding[] = [];
    for (const [block, list] of this.#byBlock) if (!block.isConnected) this.#drop(block, list, removed);
    return removed;
  }

  clear(): Finding[] {
    const removed = [...this.all()];
    this.#byBlock.clear();
    this.#anchors = 0;
    return removed;
  }

  *all(): Iterable<Finding> {
    for (const list of this.#byBlock.values()) yield* list;
  }

  /** Findings the user should see: the page's findings under the context rule. */
  visible(): Finding[] {
    return applyContextRule(this.all());
  }

  isVisible(f: Finding): boolean {
    return countsOnPage(f, this.hasAnchor);
  }

  #drop(block: Node, list: Finding[], removed: Finding[]): void {
    this.#byBlock.delete(block);
    for (const f of list) if (isAnchorMatch(f)) this.#anchors--;
    removed.push(...list);
  }
}
