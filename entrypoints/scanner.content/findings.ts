import type { Category } from "../../content/ids";

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
  private readonly byBlock = new Map<Node, Finding[]>();
  private anchors = 0;
  /** Concepts the user said are not meant on this site ("Not this meaning here"): never stored. */
  hidden: (concept: number) => boolean = () => false;

  get hasAnchor(): boolean {
    return this.anchors > 0;
  }

  add(block: Node, all: Finding[]): Finding[] {
    const found = all.filter((f) => !this.hidden(f.concept));
    if (found.length === 0) return found;
    const list = this.byBlock.get(block);
    if (list) list.push(...found);
    else this.byBlock.set(block, found);
    for (const f of found) if (!f.contextual) this.anchors++;
    return found;
  }

  /** The findings in text whose block is `node` or holds it. */
  near(node: Node): Finding[] {
    const out: Finding[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) {
      const list = this.byBlock.get(n);
      if (list) out.push(...list);
    }
    return out;
  }

  /** Removes the findings of `root` and every block inside it; returns what was removed. */
  removeWithin(root: Node): Finding[] {
    const removed: Finding[] = [];
    for (const [block, list] of this.byBlock) {
      if (block === root || root.contains(block)) this.drop(block, list, removed);
    }
    return removed;
  }

  /** Removes findings of blocks that are no longer in the page. */
  removeDetached(): Finding[] {
    const removed: Finding[] = [];
    for (const [block, list] of this.byBlock) if (!block.isConnected) this.drop(block, list, removed);
    return removed;
  }

  clear(): Finding[] {
    const removed = [...this.all()];
    this.byBlock.clear();
    this.anchors = 0;
    return removed;
  }

  *all(): Iterable<Finding> {
    for (const list of this.byBlock.values()) yield* list;
  }

  /** Findings the user should see: contextual ones only when the page also has an anchor. */
  *visible(): Iterable<Finding> {
    for (const f of this.all()) if (this.isVisible(f)) yield f;
  }

  isVisible(f: Finding): boolean {
    return !f.contextual || this.anchors > 0;
  }

  private drop(block: Node, list: Finding[], removed: Finding[]): void {
    this.byBlock.delete(block);
    for (const f of list) if (!f.contextual) this.anchors--;
    removed.push(...list);
  }
}
