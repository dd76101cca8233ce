import * as v from "valibot";
import { storage, type StorageItemKey } from "wxt/utils/storage";
import { FrameReportSchema, type ConceptCount, type FrameReport } from "../protocol/background";
import { tabStorageKey } from "./tab-key";

// Per-tab findings live in storage.session: the service worker may stop at any time, and the popup and
// side panel read the same state. Each frame reports separately; readers combine them.

export const TabStateSchema = v.strictObject({
  frames: v.record(v.string(), FrameReportSchema),
});
export type TabState = v.InferOutput<typeof TabStateSchema>;

export const tabKey = (tabId: number): StorageItemKey => `session:${tabStorageKey(tabId)}`;

/** A stored value as a tab's state, or null when it is missing or not one. */
export function parseTabState(value: unknown): TabState | null {
  const result = v.safeParse(TabStateSchema, value);
  return result.success ? result.output : null;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  return parseTabState(await storage.getItem(tabKey(tabId)));
}

export function watchTabState(tabId: number, callback: (state: TabState | null) => void): () => void {
  return storage.watch(tabKey(tabId), (value) => {
    callback(parseTabState(value));
  });
}

export interface TabSummary {
  readonly host: string;
  readonly status: FrameReport["status"] | "none";
  /** Concepts found in any frame, counts added up. */
  readonly concepts: ConceptCount[];
  /** Frame ids that found each concept, so "show me" can ask the right frame. */
  readonly framesByConcept: Record<string, number[]>;
}

export function summarise(state: TabState | null): TabSummary {
  const frames = Object.entries(state?.frames ?? {});
  const top = state?.frames["0"];
  const byId = new Map<string, ConceptCount>();
  const framesByConcept: Record<string, number[]> = {};
  for (const [frameId, report] of frames) {
    for (const c of report.concepts) {
      const seen = byId.get(c.id);
      byId.set(c.id, seen ? { ...seen, count: seen.count + c.count } : { ...c });
      (framesByConcept[c.id] ??= []).push(Number(frameId));
    }
  }
  const status = frames.some(([, r]) => r.status === "scanning") ? "scanning" : (top?.status ?? "none");
  return { host: top?.host ?? "", status, concepts: [...byId.values()], framesByConcept };
}
