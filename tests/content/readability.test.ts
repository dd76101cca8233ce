import { afterAll, describe, expect, it } from "vitest";
import { gradeOf } from "../../content/readability";
import { SUGGESTED_QUESTIONS } from "../../content/appointment-questions";
import { WORSE_MESSAGE } from "../../utils/progress/checkpoint";
import { entries, redFlags } from "./load";

const MAX_GRADE = 8;
const grades: Array<{ where: string; grade: number }> = [];

describe("plain English", () => {
  for (const e of entries) {
    const parts = { summary: e.summary, caveat: e.caveat, ...e.sections };
    for (const [key, text] of Object.entries(parts)) {
      if (!text) continue;
      it(`${e.id}.${key} reads at grade ${MAX_GRADE} or below`, () => {
        const grade = gradeOf(text);
        grades.push({ where: `${e.id}.${key}`, grade });
        expect(grade).toBeLessThanOrEqual(MAX_GRADE);
      });
    }
  }
  for (const item of redFlags) {
    it(`red-flag question "${item.id}" reads at grade ${MAX_GRADE} or below`, () => {
      const grade = gradeOf(`${item.question}\n${item.action}`);
      grades.push({ where: `red-flags.${item.id}`, grade });
      expect(grade).toBeLessThanOrEqual(MAX_GRADE);
    });
  }

  for (const question of SUGGESTED_QUESTIONS) {
    it(`appointment question "${question.id}" reads at grade ${MAX_GRADE} or below`, () => {
      const grade = gradeOf(question.text);
      grades.push({ where: `questions.${question.id}`, grade });
      expect(grade).toBeLessThanOrEqual(MAX_GRADE);
    });
  }
  it(`the checkpoint's warning that pain is worse reads at grade ${MAX_GRADE} or below`, () => {
    expect(gradeOf(WORSE_MESSAGE)).toBeLessThanOrEqual(MAX_GRADE);
  });

  afterAll(() => {
    if (grades.length === 0) return;
    const sorted = [...grades].sort((a, b) => a.grade - b.grade);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted[sorted.length - 1];
    console.log(
      `Reading grade (Flesch-Kincaid) over ${grades.length} sections: median ${median.grade.toFixed(1)}, worst ${worst.grade.toFixed(1)} (${worst.where})`,
    );
  });
});
