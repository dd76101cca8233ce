import * as v from "valibot";
import { parse as parseYaml } from "yaml";
import { ConceptEntrySchema, SECTION_TITLES, type ConceptEntry, type SectionKey } from "./schema";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
const titleToKey = new Map<string, SectionKey>(
  Object.entries(SECTION_TITLES).map(([key, title]) => [title.toLowerCase(), key as SectionKey]),
);

export class EntryError extends Error {}

/** Splits a Markdown body into its known `## Title` sections; unknown headings are an error. */
export function splitSections(body: string, file: string): Record<string, string> {
  const sections: Record<string, string> = {};
  let current: SectionKey | undefined;
  for (const line of body.split(/\r?\n/)) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const key = titleToKey.get(heading[1].toLowerCase());
      if (!key) throw new EntryError(`${file}: unknown section "## ${heading[1]}"`);
      if (key in sections) throw new EntryError(`${file}: section "## ${heading[1]}" appears twice`);
      current = key;
      sections[key] = "";
    } else if (current) {
      sections[current] += `${line}\n`;
    } else if (line.trim()) {
      throw new EntryError(`${file}: text before the first "## " section`);
    }
  }
  for (const key of Object.keys(sections)) sections[key] = sections[key].trim();
  return sections;
}

/** Parses one concept file (front matter + sections) and validates it against the schema. */
export function parseEntry(markdown: string, file: string): ConceptEntry {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) throw new EntryError(`${file}: missing "---" front matter`);
  const front: unknown = parseYaml(match[1]);
  const result = v.safeParse(ConceptEntrySchema, {
    ...(front as object),
    sections: splitSections(match[2], file),
  });
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? "(entry)"}: ${i.message}`);
    throw new EntryError(`${file}: ${problems.join("; ")}`);
  }
  return result.output;
}
