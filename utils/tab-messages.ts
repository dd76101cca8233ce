import * as v from "valibot";
import { ConceptIdSchema } from "../content/schema";

// Messages a content script answers; utils/messages.ts includes them in the one typed map. The page
// scanner checks them with its own small parser (entrypoints/scanner.content/tab-requests.ts), held to
// these schemas by a unit test, so that it bundles no validation library.

export const TabRequestSchemas = {
  /** Popup / panel → content script: scroll to the next occurrence of a concept and flash it. */
  "page/reveal": v.strictObject({ id: ConceptIdSchema }),
  /** Popup → content script: are you there, and what is your state? (No answer: the page is closed to us.) */
  "page/status": v.strictObject({}),
  /** Popup → content script: show or hide highlights on this page now. */
  "page/set-highlights": v.strictObject({ visible: v.boolean() }),
  /** Popup / panel → content script (top frame): the page's title and address, for "terms I read about". */
  "page/about": v.strictObject({}),
  /** Background (keyboard shortcut) → every frame: show or hide highlights on this page now. */
  "page/toggle-highlights": v.strictObject({}),
  /** Background (keyboard shortcut) → one frame: move to the next highlighted term. */
  "page/next-term": v.strictObject({}),
  /** Background (keyboard shortcut) → every frame: explain the term at the caret or selection, if any. */
  "page/explain-selection": v.strictObject({}),
} as const;

export type TabRequestType = keyof typeof TabRequestSchemas;
