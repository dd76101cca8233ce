import { describe, expect, it } from "vitest";
import { chartLayout, datedSessions } from "../../entrypoints/sidepanel/chart-layout";

describe("which sessions the pain chart dates", () => {
  it("dates every session when they fit", () => {
    expect(datedSessions(3, 1)).toEqual([0, 1, 2]);
  });
  it("dates every few sessions, counting back from the latest", () => {
    expect(datedSessions(10, 3)).toEqual([0, 3, 6, 9]);
    expect(datedSessions(9, 3)).toEqual([2, 5, 8]);
  });
  it("dates only the latest when the gap is as long as the log", () => {
    expect(datedSessions(6, 6)).toEqual([5]);
  });
});

describe("the pain chart's layout", () => {
  const widths = [180, 320, 600];
  const fonts = [13, 26];

  it.each(widths.flatMap((w) => fonts.map((f) => [w, f])))(
    "at %i px wide and %i px text, no two dates overlap and none leaves the chart",
    (width, font) => {
      for (const count of [1, 2, 5, 12, 40]) {
        const layout = chartLayout(count, { width, font }, 6);
        const half = (6 * 0.62 * font) / 2;
        const xs = layout.dated.map(layout.dateX);
        for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThan(2 * half);
        // A date may reach under the y axis labels, never past the chart's edges.
        for (const x of xs) expect(x - half >= 0 && x + half <= width).toBe(true);
        expect(layout.dated).toContain(count - 1);
      }
    },
  );

  it("dates at least every other session at the default panel width", () => {
    expect(chartLayout(5, { width: 330, font: 14 }, 6).dated).toEqual([0, 2, 4]);
    expect(chartLayout(3, { width: 330, font: 14 }, 6).dated).toEqual([0, 1, 2]);
  });

  it("in a very narrow chart keeps the points spread and dates only what fits", () => {
    const layout = chartLayout(8, { width: 150, font: 20 }, 6);
    expect(layout.x(0) - layout.plot.left).toBeLessThanOrEqual(20);
    expect(layout.plot.right - layout.x(7)).toBeLessThanOrEqual(20);
    expect(layout.dated).toEqual([7]);
    // Long dates (a locale that writes the weekday) with just room for two, one at each end.
    expect(chartLayout(8, { width: 224, font: 10 }, 17).dated).toEqual([0, 7]);
  });

  it("gives the six score labels room at large text", () => {
    const layout = chartLayout(3, { width: 300, font: 28 }, 6);
    expect(layout.y(0) - layout.y(2)).toBeGreaterThanOrEqual(28 * 1.5);
  });

  it("puts 0 at the bottom of the plot and 10 at its top", () => {
    const layout = chartLayout(3, { width: 320, font: 13 }, 6);
    expect(layout.y(0)).toBe(layout.plot.bottom);
    expect(layout.y(10)).toBeCloseTo(layout.plot.top);
    expect(layout.y(5)).toBeCloseTo((layout.plot.top + layout.plot.bottom) / 2);
  });
});
