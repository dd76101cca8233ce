import { describe, expect, it } from "vitest";
import {
  guessRegion,
  REGIONS,
  routeFor,
  URGENCY_LEVELS,
  type Region,
  type Urgency,
} from "../../content/emergency";
import {
  fillUrgentDirectives,
  NOT_A_DIAGNOSIS,
  redFlagAction,
  urgentAdvice,
} from "../../content/red-flag-action";
import { loadRedFlags } from "../../scripts/load-content";

const signs = loadRedFlags();
const sign = (id: string) => signs.find((s) => s.id === id)!;

describe("routes per region and level", () => {
  it.each([
    ["uk", "emergency", /^Call 999 or go to A&E now\.$/],
    ["uk", "same-day", /NHS 111/],
    ["uk", "soon", /GP in the next few days/],
    ["us", "emergency", /911.*emergency room/],
    ["us", "same-day", /urgent care.*same-day appointment/],
    ["ca", "emergency", /911/],
    ["au", "emergency", /000/],
    ["nz", "emergency", /111/],
    ["ie", "emergency", /112 or 999/],
    ["eu", "emergency", /112/],
    ["other", "emergency", /local emergency number/],
    ["other", "same-day", /See a doctor today/],
  ] as Array<[Region, Urgency, RegExp]>)("%s, %s", (region, level, expected) => {
    expect(routeFor(region, level)).toMatch(expected);
  });

  it("sends a same-day sign to no emergency number, in every region", () => {
    for (const region of REGIONS) {
      const sameDay = routeFor(region, "same-day");
      expect(sameDay, region).not.toMatch(/\b(999|911|112|000)\b/);
      // New Zealand's 111 is its emergency number; only the UK's 111 is a same-day line.
      if (region !== "uk") expect(sameDay, region).not.toMatch(/\b111\b/);
      for (const level of URGENCY_LEVELS)
        expect(routeFor(region, level), `${region} ${level}`).toMatch(/\.$/);
    }
  });

  it.each([
    ["en-GB", "uk"],
    ["en-US", "us"],
    ["fr-CA", "ca"],
    ["en-AU", "au"],
    ["en-NZ", "nz"],
    ["ga-IE", "ie"],
    ["de-AT", "eu"],
    ["fr-FR", "eu"],
    ["ja-JP", "other"],
    ["pt-BR", "other"],
    ["en", "other"],
    [undefined, "other"],
    ["garbage!!", "other"],
  ])("guesses %s → %s", (locale, region) => {
    expect(guessRegion(locale)).toBe(region);
  });
});

describe("the single source of urgent advice", () => {
  it("keeps the six ids stored answers are keyed by, and adds the four new signs", () => {
    const ids = signs.map((s) => s.id);
    for (const id of [
      "new-or-worsening-weakness",
      "saddle-numbness",
      "bladder-bowel-changes",
      "severe-unrelenting-pain",
      "fever-weight-loss-unwell",
      "symptoms-in-both-legs",
      "cancer-history",
      "infection-risk",
      "trauma-or-fragile-bones",
      "sexual-dysfunction",
    ])
      expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["saddle-numbness", "emergency"],
    ["bladder-bowel-changes", "emergency"],
    ["sexual-dysfunction", "emergency"],
    ["symptoms-in-both-legs", "emergency"],
    ["new-or-worsening-weakness", "same-day"],
    ["severe-unrelenting-pain", "same-day"],
    ["fever-weight-loss-unwell", "same-day"],
    ["cancer-history", "same-day"],
    ["infection-risk", "same-day"],
    ["trauma-or-fragile-bones", "same-day"],
  ])("%s is %s", (id, level) => {
    expect(sign(id).urgency).toBe(level);
  });

  it("asks about NEW symptoms in both legs: long-standing two-leg stenosis is not the emergency", () => {
    expect(sign("symptoms-in-both-legs").question).toMatch(/\bnew\b.*both legs/i);
  });

  it("asks questions the user answers about themselves, and names no number or service itself", () => {
    for (const s of signs) {
      expect(s.question.trim(), s.id).toMatch(/\?(\s*\(.*\))?$/);
      for (const text of [s.urgent, s.escalation?.when ?? "", s.safetyNet ?? ""])
        expect(text, s.id).not.toMatch(/\b(999|911|112|111|000|A&E|ER|NHS|GP)\b/);
    }
  });

  it("words a same-day sign with its same-day route, and its worse form with the emergency route", () => {
    const weak = urgentAdvice(sign("new-or-worsening-weakness"), "uk");
    expect(weak).toContain(routeFor("uk", "same-day"));
    expect(weak).toContain("If both legs are weak, or you also have numbness between your legs");
    expect(weak).toMatch(/bladder changes: call 999 or go to A&E now\./);
    expect(urgentAdvice(sign("cancer-history"), "us")).toContain(routeFor("us", "same-day"));
    expect(urgentAdvice(sign("cancer-history"), "us")).not.toMatch(/911/);
  });

  it("adds the cauda equina safety net to its signs, and the route for the region", () => {
    for (const id of [
      "saddle-numbness",
      "bladder-bowel-changes",
      "symptoms-in-both-legs",
      "sexual-dysfunction",
    ]) {
      const advice = redFlagAction(sign(id), "au");
      expect(advice, id).toContain(routeFor("au", "emergency"));
      expect(advice, id).toMatch(/sent you home.*go back at once/);
      expect(advice, id).toContain('"cauda equina"');
      expect(advice, id).toMatch(new RegExp(`${NOT_A_DIAGNOSIS.replace(/[.:]/g, "\\$&")}$`));
    }
  });
});

describe("the {{urgent:<id>}} directive", () => {
  const html = "<p>Numbness here is rare.</p>\n<p>{{urgent:saddle-numbness}}</p>\n<p>More.</p>";

  it("becomes the sign's advice for the user's region, in its own marked paragraph", () => {
    const uk = fillUrgentDirectives(html, signs, "uk");
    expect(uk).toContain('<p class="urgent-advice" data-urgent-sign="saddle-numbness"><strong>');
    expect(uk).toContain(
      "Get medical help now. Do not wait to see if it gets better. Call 999 or go to A&#38;E now.",
    );
    expect(uk).toContain("&#34;cauda equina&#34;");
    expect(uk).not.toContain("{{");
    expect(uk).toMatch(/^<p>Numbness here is rare\.<\/p>/);
    expect(fillUrgentDirectives(html, signs, "nz")).toContain(
      "Call 111 or go to the emergency department now.",
    );
  });

  it("shows nothing for an id the source does not have (the build refuses those)", () => {
    expect(fillUrgentDirectives("<p>{{urgent:made-up}}</p>", signs, "uk")).toBe("");
  });
});
