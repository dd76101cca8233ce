// Kept free of imports: the popup's early read (entrypoints/popup-early-read) is bundled with it alone.

/** The `storage.session` key of one tab's findings, without WXT's `session:` area prefix. */
export const tabStorageKey = (tabId: number) => `tab:${tabId}`;

/** What the popup needs of the tabs API (the polyfill's, or the browser's own in the early read). */
export interface ActiveTabQuery {
  query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
}

/** The tab the popup is about: `?tabId=N` when given (tests and tools), otherwise the active tab. */
export async function targetTabId(tabs: ActiveTabQuery, search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Where the popup's early read leaves its two answers for the popup's first look. */
export const EARLY_READ = "__sciaticaLensEarlyRead";

export interface EarlyRead {
  [EARLY_READ]?: { tabId: Promise<number | undefined>; raw: Promise<unknown> };
}
