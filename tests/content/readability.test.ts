import { afterAll, describe, expect, it } from "vitest";
import { scoresOf, type ReadingScores } from "../../content/readability";
import { urgentAdvice } from "../../content/red-flag-action";
import { SUGGESTED_QUESTIONS } from "../../content/appointment-questions";
import { WORSE_MESSAGE } from "../../utils/progress/checkpoint";
import { entries, redFlags } from "./load";

// Flesch-Kincaid is the per-section limit writers work to. SMOG (the formula health-literacy bodies
// prefer) and Coleman-Liau are reported beside it, with ceilings set at what the content measured on
// 2026-12-03, after the plainer-words pass, directives graded as the advice they show (SMOG: median
// 7.4, worst 9.3, 18% of sections over 8; Coleman-Liau: median 5.6, worst 8.7, 3% over 8), so neither
// can get worse unnoticed. Lower them as the prose gets plainer.
const MAX_GRADE = 8;
const LIMITS = {
  smog: { worst: 9.5, median: 7.5, shareOver8: 0.2 },
  cl: { worst: 9, median: 6, shareOver8: 0.05 },
};
const scored: Array<{ where: string } & ReadingScores> = [];
// A directive is graded as the advice it shows (worded for "other", the longest routes).
const directive = (id: string) => {
  const sign = redFlags.find((s) => s.id === id);
  return sign ? urgentAdvice(sign, "other") : "";
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number | null) => (n === null ? "-" : n.toFixed(1));

function score(where: string, text: string): ReadingScores {
  const scores = scoresOf(text, directive);
  scored.push({ where, ...scores });
  return scores;
}

describe("plain English", () => {
  for (const e of entries) {
    const parts = { summary: e.summary, caveat: e.caveat, ...e.sections };
    for (const [key, text] of Object.entries(parts)) {
      if (!text) continue;
      it(`${e.id}.${key} reads at grade ${MAX_GRADE} or below (SMOG ≤ ${LIMITS.smog.worst}, Coleman-Liau ≤ ${LIMITS.cl.worst})`, () => {
        const { fk, smog, cl } = score(`${e.id}.${key}`, text);
        expect(fk).toBeLessThanOrEqual(MAX_GRADE);
        expect(smog ?? 0).toBeLessThanOrEqual(LIMITS.smog.worst);
        expect(cl).toBeLessThanOrEqual(LIMITS.cl.worst);
      });
    }
  }
  for (const item of redFlags) {
    it(`red-flag sign "${item.id}" reads at grade ${MAX_GRADE} or below`, () => {
      const { fk } = score(`red-flags.${item.id}`, `${item.question}\n${urgentAdvice(item, "other")}`);
      expect(fk).toBeLessThanOrEqual(MAX_GRADE);
    });
  }

  for (const question of SUGGESTED_QUESTIONS) {
    it(`appointment question "${question.id}" reads at grade ${MAX_GRADE} or below`, () => {
      expect(score(`questions.${question.id}`, question.text).fk).toBeLessThanOrEqual(MAX_GRADE);
    });
  }
  it(`the checkpoint's warning that pain is worse reads at grade ${MAX_GRADE} or below`, () => {
    expect(scoresOf(WORSE_MESSAGE).fk).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("SMOG and Coleman-Liau over the knowledge base stay at or under their ceilings", () => {
    const sections = entries.flatMap((e) =>
      Object.values({ summary: e.summary, caveat: e.caveat, ...e.sections })
        .filter((t): t is string => !!t)
        .map((text) => scoresOf(text, directive)),
    );
    const smog = sections.map((s) => s.smog).filter((s): s is number => s !== null);
    const cl = sections.map((s) => s.cl);
    for (const [name, values, limit] of [
      ["SMOG", smog, LIMITS.smog],
      ["Coleman-Liau", cl, LIMITS.cl],
    ] as const) {
      expect(median(values), `${name} median`).toBeLessThanOrEqual(limit.median);
      const share = values.filter((x) => x > 8).length / values.length;
      expect(share, `${name} share of sections over 8`).toBeLessThanOrEqual(limit.shareOver8);
    }
  });

  afterAll(() => {
    if (scored.length === 0) return;
    const lines = [`Reading grades over ${scored.length} sections (median / worst, and the worst sections):`];
    for (const [name, key] of [
      ["Flesch-Kincaid", "fk"],
      ["SMOG", "smog"],
      ["Coleman-Liau", "cl"],
    ] as const) {
      const rows = scored.flatMap((s) => (s[key] === null ? [] : [{ where: s.where, value: s[key] }]));
      const worst = [...rows].sort((a, b) => b.value - a.value).slice(0, 3);
      lines.push(
        `  ${name.padEnd(14)} median ${fmt(median(rows.map((r) => r.value)))}, worst ${worst
          .map((w) => `${fmt(w.value)} (${w.where})`)
          .join(", ")}`,
      );
    }
    console.log(lines.join("\n"));
  });
});
