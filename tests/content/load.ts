import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadEntries, loadRedFlags, loadSources } from "../../scripts/load-content";

export const entries = loadEntries();
export const sources = loadSources();
export const redFlags = loadRedFlags();
export const byId = new Map(entries.map((e) => [e.id, e]));

/** shared/ sits beside the repository (in CI too); its files are the contract this data is checked against. */
export const SHARED = join(ROOT, "..", "shared");
export const readShared = (file: string): string | null =>
  existsSync(join(SHARED, file)) ? readFileSync(join(SHARED, file), "utf8") : null;

/** Every piece of text an entry shows, for searching. */
export const textOf = (id: string): string => {
  const e = byId.get(id);
  if (!e) return "";
  return [e.name, e.summary, ...Object.values(e.sections)].join("\n");
};
