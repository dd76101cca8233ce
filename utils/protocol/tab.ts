import { CONCEPT_ID_PATTERN } from "../../content/ids";
import { logOnce } from "../log-once";
import type { SenderKind } from "./senders";

// The protocol's second direction: what our pages and the background ask the page scanner in a tab's
// frames. Kept free of valibot and the polyfill, because the page scanner bundles it: its check below,
// written by hand, is the one validator of this direction.

export const FRAME_STATUSES = ["scanning", "done", "paused"] as const;
export type FrameStatus = (typeof FRAME_STATUSES)[number];

type None = Record<string, never>;

export interface TabMessages {
  /** Popup / panel → scanner: scroll to the next occurrence of a concept and flash it. */
  "page/reveal": { request: { id: string }; response: { found: boolean; index: number; total: number } };
  /** Popup → scanner: are you there, and what is your state? (No answer: the page is closed to us.) */
  "page/status": { request: None; response: { host: string; status: FrameStatus } };
  /** Popup / panel → scanner (top frame): the page's title and address, for "terms I read about". */
  "page/about": { request: None; response: { title: string; url: string } };
  /** Background (keyboard shortcut) → every frame: show or hide highlights on this page now. */
  "page/toggle-highlights": { request: None; response: { visible: boolean } };
  /** Background (keyboard shortcut) → one frame: move to the next highlighted term. */
  "page/next-term": { request: None; response: { found: boolean } };
  /** Background (keyboard shortcut) → every frame: explain the term at the caret or selection, if any. */
  "page/explain-selection": { request: None; response: { opened: boolean } };
}

export type TabMessageType = keyof TabMessages;
export type TabRequest<K extends TabMessageType> = TabMessages[K]["request"];
export type TabResponse<K extends TabMessageType> = TabMessages[K]["response"];

/** Every tab message has its handler: a missing one does not compile. */
export type TabHandlers = { [K in TabMessageType]: (payload: TabRequest<K>) => TabResponse<K> };

/** Only our own pages (popup, side panel, background) may ask a page's scanner anything. */
export const TAB_SENDERS = {
  "page/reveal": ["extension-page"],
  "page/status": ["extension-page"],
  "page/about": ["extension-page"],
  "page/toggle-highlights": ["extension-page"],
  "page/next-term": ["extension-page"],
  "page/explain-selection": ["extension-page"],
} as const satisfies Record<TabMessageType, readonly SenderKind[]>;

type Payload = Record<string, unknown>;

/** Exactly these keys, no others. */
const only = (payload: Payload, ...keys: string[]): boolean =>
  Object.keys(payload).length === keys.length && keys.every((key) => Object.hasOwn(payload, key));

const CHECKS: { [K in TabMessageType]: (payload: Payload) => boolean } = {
  "page/reveal": (p) => only(p, "id") && typeof p.id === "string" && CONCEPT_ID_PATTERN.test(p.id),
  "page/status": (p) => only(p),
  "page/about": (p) => only(p),
  "page/toggle-highlights": (p) => only(p),
  "page/next-term": (p) => only(p),
  "page/explain-selection": (p) => only(p),
};

export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  readonly type: K;
  readonly payload: TabRequest<K>;
}

/** A valid tab message, or null for anything else (said once in the console, never acted on). */
export function parseTabRequest(message: unknown): TabEnvelope | null {
  const m = message as { type?: unknown; payload?: unknown } | null;
  const payload = m?.payload;
  if (typeof m?.type !== "string" || !Object.hasOwn(CHECKS, m.type)) {
    logOnce("an unknown message", typeof m?.type === "string" ? m.type : typeof message);
    return null;
  }
  const type = m.type as TabMessageType;
  const valid = typeof payload === "object" && payload !== null && !Array.isArray(payload);
  if (valid && CHECKS[type](payload as Payload)) return { type, payload } as TabEnvelope;
  logOnce(`a malformed "${type}" message`, payload);
  return null;
}
