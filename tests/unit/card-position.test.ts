import { describe, expect, it } from "vitest";
import { placeCard } from "../../entrypoints/scanner.content/card/position";

const term = (left: number, top: number, height = 20) => ({ left, top, bottom: top + height });

describe("where the card goes", () => {
  it("sits just below the term when it fits", () => {
    expect(placeCard(term(100, 100), 300, 200, 1000, 800)).toEqual({ left: 100, top: 126, maxHeight: null });
  });

  it("goes above a term near the bottom of the window", () => {
    expect(placeCard(term(100, 700), 300, 200, 1000, 800)).toEqual({ left: 100, top: 494, maxHeight: null });
  });

  it("stays inside the window at the right edge", () => {
    expect(placeCard(term(900, 100), 300, 200, 1000, 800).left).toBe(692);
  });

  it("never covers its term: on the roomier side it becomes shorter and scrolls", () => {
    const below = placeCard(term(100, 300), 300, 600, 1000, 800);
    expect(below).toEqual({ left: 100, top: 326, maxHeight: 466 });
    const above = placeCard(term(100, 500), 300, 600, 1000, 800);
    expect(above).toEqual({ left: 100, top: 8, maxHeight: 486 });
    expect(above.top + above.maxHeight!).toBeLessThanOrEqual(500);
  });

  it("keeps the card at the nearest edge when its term is scrolled out of view", () => {
    expect(placeCard(term(100, -300), 300, 200, 1000, 800).top).toBe(8);
    expect(placeCard(term(100, 1200), 300, 200, 1000, 800).top).toBe(592);
  });
});
