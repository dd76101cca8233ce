// The imaging-report entries (issue 12) must not frighten: each says how often its finding is seen in
// people without pain, with a figure and a source that studied such people, and that a report
// describes a picture, not how the person feels. Urgent advice never comes from their own prose.
import { describe, expect, it } from "vitest";
import { byId } from "./load";

const IMAGING_IDS = [
  "disc-protrusion",
  "disc-extrusion",
  "annular-fissure",
  "facet-arthropathy",
  "ligamentum-flavum-thickening",
  "osteophytes",
  "modic-changes",
  "disc-desiccation",
  "schmorls-node",
  "thecal-sac",
  "nerve-root-contact",
  "tarlov-cyst",
] as const;

/** Sources that report how often findings are seen in people who were not picked for having pain. */
const WITHOUT_PAIN_SOURCES = new Set([
  "jensen-1994-mri-no-pain",
  "brinjikji-2015-asymptomatic",
  "jbjs-1990-mri-no-pain",
  "jensen-2008-modic",
  "klepinowski-2021-tarlov",
  "uk-vertebral-osteophyte-survey",
]);

const FIGURE = /\b\d+ (in|out of) \d+\b|\b\d+%|\bhalf\b|\balmost all\b/i;
const WITHOUT_PAIN =
  /\b(no|without|never had) (back |leg )?(pain|symptoms)\b|\bnot (picked|chosen) because of (back )?pain\b|\bnot seeking care\b/i;
const PICTURE = /describes a picture, not how you feel/i;
const URGENCY_WORDS =
  /\b(emergency|urgent|urgently|today|now|right away|straight away|immediately|within a day|soon)\b|A&E|\b(ER|999|911|112|111)\b/;

const cited = (text: string): string[] => [...text.matchAll(/\[@([^\]]+)\]/g)].map((m) => m[1]);

/** The caveat and each evidence statement (bullet or paragraph), each with its own citations. */
function statementsOf(id: string): string[] {
  const e = byId.get(id)!;
  const evidence = (e.sections.evidence ?? "").split(/\n\s*\n|\n(?=\s*[-*+] )/);
  return [e.caveat, ...evidence].map((s) => s.trim()).filter(Boolean);
}

describe("imaging-report entries", () => {
  it.each(IMAGING_IDS)("%s exists", (id) => {
    expect(byId.get(id), `content/concepts/${id}.md`).toBeDefined();
  });

  it.each(IMAGING_IDS)("%s says, with a figure and a source, how often it is seen without pain", (id) => {
    const honest = statementsOf(id).filter(
      (s) => FIGURE.test(s) && WITHOUT_PAIN.test(s) && cited(s).some((key) => WITHOUT_PAIN_SOURCES.has(key)),
    );
    expect(honest, "a statement with a figure, people without pain, and its source").not.toHaveLength(0);
    expect(byId.get(id)!.sources.some((key) => WITHOUT_PAIN_SOURCES.has(key))).toBe(true);
  });

  it.each(IMAGING_IDS)("%s says that a report describes a picture, not how you feel", (id) => {
    const e = byId.get(id)!;
    expect(Object.values(e.sections).join("\n")).toMatch(PICTURE);
  });

  it.each(IMAGING_IDS)("%s leaves urgent advice to the red-flag list", (id) => {
    const e = byId.get(id)!;
    const prose = [e.summary, e.caveat, ...Object.values(e.sections)].join("\n");
    expect(prose).not.toMatch(URGENCY_WORDS);
  });
});
