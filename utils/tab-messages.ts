import * as v from "valibot";
import { ConceptIdSchema } from "../content/schema";
import { logOnce } from "./log-once";
import type { SenderKind } from "./message-sender";

// Messages a content script answers. Kept apart from the rest of the message map so the page scanner
// bundles only these schemas; utils/messages.ts includes them in the one typed map.

export const TabRequestSchemas = {
  /** Popup / panel → content script: scroll to the next occurrence of a concept and flash it. */
  "page/reveal": v.strictObject({ id: ConceptIdSchema }),
  /** Popup → content script: are you there, and what is your state? (No answer: the page is closed to us.) */
  "page/status": v.strictObject({}),
  /** Popup → content script: show or hide highlights on this page now. */
  "page/set-highlights": v.strictObject({ visible: v.boolean() }),
} as const;

export type TabRequestType = keyof typeof TabRequestSchemas;

/** Only our own pages (popup, side panel, background) may ask a page's scanner anything. */
export const TabRequestSenders = {
  "page/reveal": ["extension-page"],
  "page/status": ["extension-page"],
  "page/set-highlights": ["extension-page"],
} as const satisfies Record<TabRequestType, readonly SenderKind[]>;

/** The payload of a valid tab message, or null (said once) for anything else, which is never acted on. */
export function parseTabRequest(message: unknown): { type: TabRequestType; payload: unknown } | null {
  const m = message as { type?: unknown; payload?: unknown } | null;
  if (typeof m?.type !== "string" || !Object.hasOwn(TabRequestSchemas, m.type)) {
    logOnce("an unknown message", typeof m?.type === "string" ? m.type : typeof message);
    return null;
  }
  const type = m.type as TabRequestType;
  const result = v.safeParse(TabRequestSchemas[type], m.payload);
  if (!result.success) logOnce(`a malformed "${type}" message`, result.issues[0]?.message);
  return result.success ? { type, payload: result.output } : null;
}
