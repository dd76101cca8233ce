import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { URGENT_DIRECTIVE, urgentAdvice } from "../../content/red-flag-action";
import { ROOT, loadEntries, loadRedFlags, loadSources } from "../../scripts/load-content";

export const entries = loadEntries();
export const sources = loadSources();
export const redFlags = loadRedFlags();
export const byId = new Map(entries.map((e) => [e.id, e]));

/** shared/ sits beside the repository (in CI too); its files are the contract this data is checked against. */
export const SHARED = join(ROOT, "..", "shared");
export const readShared = (file: string): string | null =>
  existsSync(join(SHARED, file)) ? readFileSync(join(SHARED, file), "utf8") : null;

/** A section as the reader sees it: each `{{urgent:<id>}}` as its sign's advice (worded for "other"). */
export const withDirectivesFilled = (markdown: string): string =>
  markdown.replace(URGENT_DIRECTIVE, (whole, id: string) => {
    const sign = redFlags.find((s) => s.id === id);
    return sign ? urgentAdvice(sign, "other") : whole;
  });

/** Every piece of text an entry shows, for searching. */
export const textOf = (id: string): string => {
  const e = byId.get(id);
  if (!e) return "";
  return [e.name, e.summary, ...Object.values(e.sections).map((s) => withDirectivesFilled(s ?? ""))].join(
    "\n",
  );
};
