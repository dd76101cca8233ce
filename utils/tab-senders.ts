import type { SenderKind } from "./message-sender";
import type { TabRequestType } from "./tab-messages";

// Kept apart from the tab message schemas so the page scanner can check senders without bundling valibot
// (tests/e2e/size-budget.spec.ts fails if the validation library reaches it).

/** Only our own pages (popup, side panel, background) may ask a page's scanner anything. */
export const TabRequestSenders = {
  "page/reveal": ["extension-page"],
  "page/status": ["extension-page"],
  "page/set-highlights": ["extension-page"],
  "page/about": ["extension-page"],
  "page/toggle-highlights": ["extension-page"],
  "page/next-term": ["extension-page"],
  "page/explain-selection": ["extension-page"],
} as const satisfies Record<TabRequestType, readonly SenderKind[]>;
