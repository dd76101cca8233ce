import type { Matcher } from "../../content/matching/matcher";
import type { Finding } from "./findings";
import { joinSegments, matchSegments } from "./match-segments";
import { now } from "./slices";
import type { TextSegment } from "./text-segments";

/**
 * Text gathered before one matcher run: big enough to amortise the call, small enough to stay in a
 * slice. A cold matcher is many times slower than a warm one (each regular expression is compiled, then
 * recompiled to machine code, as it is first met), so the size follows the measured speed.
 */
const CHARS = { first: 4_000, min: 1_000, max: 48_000 };
const MATCH_MS = 4;

export class TextBatch {
  #segments: TextSegment[] = [];
  #chars = 0;
  #limit = CHARS.first;

  add(segment: TextSegment): void {
    this.#segments.push(segment);
    this.#chars += segment.text.length + 1;
  }

  readonly full = (): boolean => this.#chars >= this.#limit;

  /** One block's text can be bigger than any batch (a megabyte in one text node): nothing can cut it. */
  get oversized(): boolean {
    return this.#chars > CHARS.max * 2;
  }

  clear(): void {
    this.#segments = [];
    this.#chars = 0;
  }

  /** The batch's text, for the gate; the batch is emptied. */
  takeText(): string | null {
    if (this.#segments.length === 0) return null;
    const { text } = joinSegments(this.#segments);
    this.clear();
    return text;
  }

  /**
   * The batch's findings by block, and the batch is emptied; null when the matcher ran out of time
   * before it was done, so the batch is kept for the next slice.
   */
  match(matcher: Matcher, deadline: number): Map<Node, Finding[]> | null {
    if (this.#segments.length === 0) return new Map();
    const started = now();
    const found = matchSegments(matcher, this.#segments, deadline);
    if (!found) {
      this.#limit = CHARS.min; // a cold matcher: small batches until it is warm
      return null;
    }
    this.#adapt(now() - started);
    this.clear();
    return found;
  }

  /** Sizes the next batch so one matcher run takes about MATCH_MS at the speed just seen. */
  #adapt(ms: number): void {
    if (this.#chars < this.#limit / 2 && ms < MATCH_MS) return; // the end of a block: says little
    const next = (this.#chars * MATCH_MS) / Math.max(ms, 0.5);
    this.#limit = Math.round(Math.min(CHARS.max, Math.max(CHARS.min, next)));
  }
}
