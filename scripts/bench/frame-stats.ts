// Figures from the Firefox frame probe and the pages' per-batch records (pure, so they are unit-tested).

/** A frame gap of this much or more is a long frame: the same line as a long task in Chromium. */
export const LONG_FRAME_MS = 50;
const FRAME_MS = 1000 / 60;

export interface Batch {
  inserted: number;
  highlighted: number | null;
}

/** The value at quantile `q` (0.5: the median; the upper one of an even count). */
export const pick = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export const median = (xs: number[]): number => pick(xs, 0.5);

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export const longFrames = (gaps: number[]): number => gaps.filter((gap) => gap >= LONG_FRAME_MS).length;

/** How late the frames ran in all: each gap's time beyond one 60 Hz frame, summed. */
export const lateMs = (gaps: number[]): number => sum(gaps.map((gap) => Math.max(0, gap - FRAME_MS)));

/** Per-batch insertion-to-highlight (ms); a batch never highlighted counts as infinitely late. */
export const batchLatencies = (batches: Batch[]): number[] =>
  batches.map((b) => (b.highlighted === null ? Number.POSITIVE_INFINITY : b.highlighted - b.inserted));
