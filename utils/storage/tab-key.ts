// Kept free of imports: the popup's early read (entrypoints/popup-early-read) is bundled with it alone.

/** The `storage.session` key of one tab's findings, without WXT's `session:` area prefix. */
export const tabStorageKey = (tabId: number) => `tab:${tabId}`;

/** `?tabId=N` in the popup's address: tests and tools name the tab the popup is about. */
export function tabIdParam(search: string): number | undefined {
  const param = new URLSearchParams(search).get("tabId");
  return param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
}

/** Where the popup's early read leaves its two answers for the popup's first look. */
export const EARLY_READ = "__sciaticaLensEarlyRead";

export interface EarlyRead {
  [EARLY_READ]?: { tabId: Promise<number | undefined>; raw: Promise<unknown> };
}
