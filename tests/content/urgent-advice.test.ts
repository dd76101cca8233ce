import { describe, expect, it } from "vitest";
import { CONTRACT } from "../../content/concept-contract";
import { directivesIn, URGENT_DIRECTIVE } from "../../content/red-flag-action";
import { entries, byId, redFlags, sources } from "./load";

// Every urgent statement comes from content/red-flags.yaml. An entry may describe a sign, but how fast
// to act is said only by a `{{urgent:<sign-id>}}` line, which the views fill from the single source.

/** The words that state an urgency (the common brief's list), as whole words, in any letter case. */
const URGENCY_WORDS = [
  "emergency",
  "urgent",
  "urgently",
  "today",
  "now",
  "right away",
  "straight away",
  "immediately",
  "within a day",
  "soon",
  "A&E",
  "ER",
  "999",
  "911",
  "112",
  "111",
];
const URGENCY = new RegExp(`(?<![\\w&])(?:${URGENCY_WORDS.join("|")})(?![\\w&])`, "i");

const sentencesOf = (text: string): string[] =>
  text
    .replace(URGENT_DIRECTIVE, "\n")
    .replace(/\n(?!\s*(?:[-+*]|\d+\.)\s|\s*\n)/g, " ") // a wrapped line goes on its sentence
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "file: part: sentence" for each sentence of an entry that states an urgency in its own words. */
export function ownUrgencyStatements(): string[] {
  const found: string[] = [];
  for (const e of entries) {
    const parts = { summary: e.summary, caveat: e.caveat, ...e.sections };
    for (const [part, text] of Object.entries(parts)) {
      for (const sentence of sentencesOf(text ?? ""))
        if (URGENCY.test(sentence)) found.push(`content/concepts/${e.id}.md: ${part}: "${sentence}"`);
    }
  }
  return found;
}

describe("one source of urgent advice", () => {
  it("no entry states an urgency in its own words, outside a {{urgent:…}} directive", () => {
    expect(ownUrgencyStatements()).toEqual([]);
  });

  it("the word check catches each listed word and leaves ordinary words alone", () => {
    for (const word of URGENCY_WORDS) expect(URGENCY.test(`Do this ${word.toLowerCase()}.`), word).toBe(true);
    for (const fine of ["Most people know this.", "Answer honestly.", "Urgency is not set here", "Snow."])
      expect(URGENCY.test(fine), fine).toBe(false);
  });

  const signIds = new Set(redFlags.map((s) => s.id));
  it("every directive names a sign of the single source, and stands on a line of its own", () => {
    for (const e of entries)
      for (const [part, text] of Object.entries(e.sections)) {
        for (const id of directivesIn(text ?? "")) expect(signIds, `${e.id}.${part}: ${id}`).toContain(id);
        for (const line of (text ?? "").split("\n"))
          if (directivesIn(line).length > 0)
            expect(line.trim(), `${e.id}.${part}`).toMatch(/^\{\{urgent:[a-z0-9-]+\}\}$/);
      }
  });

  it("summaries and caveats carry no directive (the card's urgent box says it)", () => {
    for (const e of entries) expect(directivesIn(`${e.summary} ${e.caveat}`), e.id).toEqual([]);
  });

  it("each sign's entries carry its directive in When to get help", () => {
    for (const sign of redFlags)
      for (const id of sign.concepts) {
        const entry = byId.get(id);
        if (!entry) continue; // written on another branch; the contract test names missing entries
        expect(directivesIn(entry.sections.whenToGetHelp ?? ""), `${id} for ${sign.id}`).toContain(sign.id);
      }
  });

  it("every warning-sign entry belongs to a sign, and says when to get help with a directive", () => {
    for (const e of entries.filter((x) => x.category === "red-flag")) {
      expect(
        redFlags.some((s) => s.concepts.includes(e.id)),
        e.id,
      ).toBe(true);
      expect(directivesIn(e.sections.whenToGetHelp ?? "").length, e.id).toBeGreaterThan(0);
    }
  });

  it("each sign has one urgency, sources that exist and are not refused, and concepts of the contract", () => {
    expect(signIds.size).toBe(redFlags.length);
    const contract = new Set(CONTRACT.map(([id]) => id));
    for (const sign of redFlags) {
      for (const id of sign.concepts) expect(contract, `${sign.id}: ${id}`).toContain(id);
      expect(typeof sign.urgency, sign.id).toBe("string");
      for (const key of sign.sources) {
        expect(sources[key], `${sign.id}: ${key}`).toBeDefined();
        expect(sources[key]?.status, `${sign.id}: ${key}`).not.toBe("NOT FOUND");
      }
    }
  });
});
