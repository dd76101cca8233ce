import { expect, test } from "vitest";
import { batchLatencies, lateMs, longFrames, median, pick } from "../../scripts/bench/frame-stats";

test("a frame gap counts as long from 50 ms on, like a long task", () => {
  expect(longFrames([16.7, 49.9, 50, 120])).toBe(2);
});

test("frame lateness sums only the time beyond one 60 Hz frame", () => {
  expect(lateMs([1000 / 60, 10, 50])).toBeCloseTo(50 - 1000 / 60, 6);
});

test("a batch that was never highlighted is infinitely late, so it pushes the median and p95 up", () => {
  const latencies = batchLatencies([
    { inserted: 100, highlighted: 120 },
    { inserted: 400, highlighted: null },
    { inserted: 700, highlighted: 710 },
  ]);
  expect(latencies).toEqual([20, Number.POSITIVE_INFINITY, 10]);
  expect(pick(latencies, 0.5)).toBe(20);
  expect(median(latencies)).toBe(20);
  expect(median([3, 1, 4, 2])).toBe(3); // the upper one of an even count
  expect(pick(latencies, 0.95)).toBe(Number.POSITIVE_INFINITY);
});
