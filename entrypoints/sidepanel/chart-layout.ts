// Where the pain chart puts things, worked out in CSS pixels from the space it has and its text size, so
// the labels keep the user's text size at any zoom and never overlap or run off the edge.

export interface ChartSpace {
  /** The width the chart may fill. */
  readonly width: number;
  /** The font size of its labels. */
  readonly font: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** The x of the i-th session. */
  readonly x: (i: number) => number;
  /** The y of a pain score (0 to 10). */
  readonly y: (score: number) => number;
  /** Where the i-th session's date is centred: under its point, kept inside the chart. */
  readonly dateX: (i: number) => number;
  /** Which sessions get a date under them: evenly spread, always the latest. */
  readonly dated: readonly number[];
}

export const SCORE_TICKS = [0, 2, 4, 6, 8, 10] as const;
// A generous average glyph width for system fonts, so estimates err towards fewer labels.
const CHAR_WIDTH = 0.62;

/** Every `gap`-th of `count` sessions, counting back from the latest, which is always dated. */
export function datedSessions(count: number, gap: number): number[] {
  const dated: number[] = [];
  for (let i = count - 1; i >= 0; i -= Math.max(1, gap)) dated.unshift(i);
  return dated;
}

export function chartLayout(count: number, space: ChartSpace, longestDate: number): ChartLayout {
  const { width, font } = space;
  const plot = { left: font * 1.9, right: width - font * 0.5, top: font * 2.2, bottom: 0 };
  // Room for the six score labels at any text size, and a calm shape at any width.
  const plotHeight = Math.max(120, font * 9, Math.min(200, width * 0.5));
  plot.bottom = plot.top + plotHeight;
  const height = plot.bottom + font * 3.2;
  const half = (longestDate * CHAR_WIDTH * font) / 2;
  // Points sit in from the sides so a date centred under the first or latest one stays inside; in a
  // very narrow chart they keep the width, and only the first and latest dates are shown, kept inside.
  const narrow = half > (plot.right - plot.left) / 4;
  const inset = narrow ? font * 0.6 : half;
  const first = plot.left + inset;
  const span = plot.right - inset - first;
  const x = (i: number) => (count <= 1 ? first + span / 2 : first + (i * span) / (count - 1));
  const y = (score: number) => plot.bottom - (score / 10) * plotHeight;
  const perSession = count <= 1 ? Infinity : span / (count - 1);
  const dateX = (i: number) => Math.min(Math.max(x(i), half), width - half);
  const apart = count > 1 && dateX(count - 1) - dateX(0) >= 2 * half + font;
  const gap = narrow ? (apart ? count - 1 : count) : Math.ceil((2 * half + font) / perSession);
  return { width, height, plot, x, y, dateX, dated: datedSessions(count, gap) };
}
