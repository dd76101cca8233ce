// Reads the knowledge base from disk (build time and tests only) and validates it against the schema.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { parse as parseYaml } from "yaml";
import { parseEntry } from "../content/parse-entry";
import {
  RedFlagListSchema,
  SourcesSchema,
  type ConceptEntry,
  type RedFlagItem,
  type Source,
} from "../content/schema";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CONCEPTS_DIR = join(ROOT, "content", "concepts");
export const SOURCES_FILE = join(ROOT, "content", "sources.yaml");
export const RED_FLAGS_FILE = join(ROOT, "content", "red-flags.yaml");

export function conceptFiles(): string[] {
  return readdirSync(CONCEPTS_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(CONCEPTS_DIR, f));
}

export function loadEntries(): ConceptEntry[] {
  return conceptFiles().map((file) => {
    const entry = parseEntry(readFileSync(file, "utf8"), file);
    if (`${entry.id}.md` !== file.split(/[\\/]/).pop())
      throw new Error(`${file}: id "${entry.id}" must match the file name`);
    return entry;
  });
}

function loadYaml<T>(file: string, schema: v.GenericSchema<unknown, T>): T {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  const result = v.safeParse(schema, parseYaml(readFileSync(file, "utf8")));
  if (!result.success) {
    throw new Error(
      `${file}: ${result.issues.map((i) => `${v.getDotPath(i) ?? ""} ${i.message}`).join("; ")}`,
    );
  }
  return result.output;
}

export const loadSources = (): Record<string, Source> => loadYaml(SOURCES_FILE, SourcesSchema);
export const loadRedFlags = (): RedFlagItem[] => loadYaml(RED_FLAGS_FILE, RedFlagListSchema);
