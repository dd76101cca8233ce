import * as v from "valibot";
import { ConceptIdSchema } from "../content/schema";

// Messages a content script answers. Kept apart from the rest of the message map so the page scanner
// bundles only these schemas; utils/messages.ts includes them in the one typed map.

export const TabRequestSchemas = {
  /** Popup / panel → content script: scroll to the next occurrence of a concept and flash it. */
  "page/reveal": v.strictObject({ id: ConceptIdSchema }),
  /** Popup → content script: are you there, and what is your state? (No answer: the page is closed to us.) */
  "page/status": v.strictObject({}),
  /** Popup → content script: show or hide highlights on this page now. */
  "page/set-highlights": v.strictObject({ visible: v.boolean() }),
  /** Popup / panel → content script (top frame): the page's title and address, for "terms I read about". */
  "page/about": v.strictObject({}),
} as const;

export type TabRequestType = keyof typeof TabRequestSchemas;

/** The payload of a valid tab message, or null for anything else (which is never acted on). */
export function parseTabRequest(message: unknown): { type: TabRequestType; payload: unknown } | null {
  const m = message as { type?: unknown; payload?: unknown } | null;
  if (typeof m?.type !== "string" || !Object.hasOwn(TabRequestSchemas, m.type)) return null;
  const type = m.type as TabRequestType;
  const result = v.safeParse(TabRequestSchemas[type], m.payload);
  return result.success ? { type, payload: result.output } : null;
}
