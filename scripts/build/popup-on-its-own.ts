import type { Entrypoint } from "wxt";

type Group = Entrypoint | Entrypoint[];

/**
 * WXT builds all extension pages together, so Rollup splits what they share into many small chunks,
 * and the popup fetched six scripts and two style sheets before it could show anything. Built on its
 * own, the popup is one script and one style sheet, which opens it about 10 ms sooner
 * (`npm run bench -- popup`). What it loads later (the search words, on the first keystroke) is
 * self-contained, so both builds write the same file.
 */
export function popupOnItsOwn(groups: Group[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const at = group.findIndex((entry) => entry.type === "popup");
    if (at === -1) continue;
    const [popup] = group.splice(at, 1);
    groups.push([popup]);
    return;
  }
}
