import { isBlock, isInEditableDocument, isSkipped, nearestBlock, type TextSegment } from "./text-segments";

export interface WalkCallbacks {
  segment(segment: TextSegment): void;
  /** An element with a shadow root (open, or closed where the browser lets extensions see it). */
  shadowRoot(root: ShadowRoot): void;
  /** An element that may get a shadow root later (custom elements). */
  customElement?(el: Element): void;
}

type ShadowRootReader = (el: Element) => ShadowRoot | null;

/** Chrome and Firefox let content scripts read closed shadow roots too, each in its own way. */
export function shadowRootReader(): ShadowRootReader {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowRootReader } } })
    .chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) return (el) => chromeDom.openOrClosedShadowRoot!(el) ?? null;
  return (el) =>
    (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
}

/**
 * A resumable walk over `start`'s subtree (inside `root`). `step` processes up to `budget` nodes and
 * returns false when the walk is finished, so callers can yield to the page between steps.
 */
export class SegmentWalk {
  readonly #walker: TreeWalker;
  #current: TextSegment | null = null;
  #done = false;
  #next: Node | null = null;

  readonly #start: Node;
  readonly #callbacks: WalkCallbacks;
  readonly #readShadow: ShadowRootReader;
  /** A subtree already read in this pass (the block in view, read first). */
  readonly #skip: Node | null;

  constructor(start: Node, callbacks: WalkCallbacks, readShadow: ShadowRootReader, skip: Node | null = null) {
    this.#start = start;
    this.#callbacks = callbacks;
    this.#readShadow = readShadow;
    this.#skip = skip;
    const doc = start.ownerDocument ?? (start as Document);
    this.#walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** The walk's position was removed from the page: what follows cannot be trusted. */
  get lost(): boolean {
    return !this.#done && !this.#walker.currentNode.isConnected;
  }

  /** Reads up to `budget` nodes, or until `full` says the text gathered is enough for one matcher run. */
  step(budget: number, full?: () => boolean): boolean {
    if (this.#done) return false;
    const w = this.#walker;
    // A step that used up its budget stopped on a node it had moved to but not read: it is read first.
    let node: Node | null = this.#next ?? (w.currentNode === this.#start ? this.#visitStart() : w.nextNode());
    this.#next = null;
    for (let n = 0; node && n < budget; n++) {
      if (node.nodeType === Node.TEXT_NODE) this.#addText(node as Text);
      else node = this.#visitElement(node as Element);
      if (node) node = w.nextNode();
      if (full?.()) break;
    }
    if (!node) this.#finish();
    else this.#next = node;
    return !this.#done;
  }

  #visitStart(): Node | null {
    const start = this.#start;
    if (isInEditableDocument(start)) return null;
    if (start.nodeType === Node.TEXT_NODE) {
      this.#addText(start as Text);
      return this.#walker.nextNode();
    }
    if (start instanceof Element) {
      if (isSkipped(start)) return null;
      // The start element's own shadow root: a block inserted with one (and light children) has it too.
      this.#checkShadow(start);
    }
    return this.#walker.nextNode();
  }

  /** Returns the node to continue from, or null when the walk is over. */
  #visitElement(el: Element): Node | null {
    if (el === this.#skip) {
      this.#flush();
      return this.#skipSubtree();
    }
    if (isSkipped(el)) return this.#skipSubtree();
    this.#checkShadow(el);
    if (el.localName === "br") {
      if (this.#current) this.#current.text += "\n";
    } else if (isBlock(el)) {
      this.#flush();
    }
    return el;
  }

  #checkShadow(el: Element): void {
    if (!el.localName.includes("-") && !el.shadowRoot) return;
    const shadow = this.#readShadow(el);
    if (shadow) this.#callbacks.shadowRoot(shadow);
    else this.#callbacks.customElement?.(el);
  }

  /** Moves to the skipped element's deepest last descendant, so nextNode() continues after its subtree. */
  #skipSubtree(): Node {
    let last: Node = this.#walker.currentNode;
    while (last.lastChild) last = last.lastChild;
    this.#walker.currentNode = last;
    return last;
  }

  #addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const block = nearestBlock(node);
    if (this.#current && this.#current.block !== block) this.#flush();
    if (!this.#current) {
      if (!/\S/.test(data)) return;
      this.#current = { block, nodes: [], starts: [], text: "" };
    }
    this.#current.nodes.push(node);
    this.#current.starts.push(this.#current.text.length);
    this.#current.text += data;
  }

  #flush(): void {
    if (this.#current && /\S/.test(this.#current.text)) this.#callbacks.segment(this.#current);
    this.#current = null;
  }

  #finish(): void {
    this.#flush();
    this.#done = true;
  }
}
