import * as v from "valibot";
import type { Browser } from "wxt/browser";
import { CategorySchema, ConceptIdSchema, type Category } from "../../content/schema";
import { logOnce } from "../log-once";
import { PAGE_TITLE_MAX, PAGE_URL_MAX } from "../page-limits";
import type { SenderKind } from "./senders";
import { FRAME_STATUSES } from "./tab";

// The protocol's first direction: what the page scanner and our pages ask the background. Each request
// is validated against its schema here (the one validator of this direction); sender and handler both
// take their types from this map. The other direction, to the scanner in a tab, is ./tab.ts.

const ConceptCountSchema = v.strictObject({
  id: ConceptIdSchema,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  category: CategorySchema,
});

export const FrameReportSchema = v.strictObject({
  /** Host name of the frame's page ("" for about:blank and the like): never the page's text. */
  host: v.pipe(v.string(), v.maxLength(255)),
  status: v.picklist(FRAME_STATUSES),
  concepts: v.pipe(v.array(ConceptCountSchema), v.maxLength(500)),
});

export const BackgroundRequestSchemas = {
  /** Content script → background: the compiled vocabulary, when storage.local has no current copy. */
  "vocabulary/get": v.strictObject({ version: v.pipe(v.string(), v.maxLength(64)) }),
  /** Content script → background: the anchor gate's pattern, when storage.local has no current copy. */
  "gate/get": v.strictObject({}),
  /** Content script → background: what this frame found. */
  "findings/report": FrameReportSchema,
  /** Content script → background: what the in-page card says about a concept (never bundled in pages). */
  "concept/card": v.strictObject({ id: ConceptIdSchema }),
  /** Content script → background, inside the user's click: open the side panel on a concept. */
  "panel/open": v.strictObject({ conceptId: ConceptIdSchema }),
  /** Content script → background: "Not this meaning here", for the sender's own site. */
  "meaning/hide": v.strictObject({ conceptId: ConceptIdSchema }),
  /** Popup, panel or in-page card → background: add a term (and the page it was read on) to the notes. */
  "notes/add-term": v.strictObject({
    conceptId: ConceptIdSchema,
    title: v.pipe(v.string(), v.maxLength(PAGE_TITLE_MAX)),
    url: v.pipe(v.string(), v.maxLength(PAGE_URL_MAX)),
  }),
  /** Explain page → background: add every concept of an explained text to the notes in one click. */
  "notes/add-terms": v.strictObject({
    conceptIds: v.pipe(v.array(ConceptIdSchema), v.minLength(1), v.maxLength(200)),
    title: v.pipe(v.string(), v.maxLength(PAGE_TITLE_MAX)),
    url: v.pipe(v.string(), v.maxLength(PAGE_URL_MAX)),
  }),
  /** Explain page → background, once: the selection the context menu was chosen on (then forgotten). */
  "explain/pending": v.strictObject({ token: v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/)) }),
} as const;

/**
 * Who may send each message (see utils/message-sender.ts); anything from another sender is ignored. A
 * message both the in-page UI and our pages send lists both kinds.
 */
export const BACKGROUND_SENDERS = {
  "vocabulary/get": ["content-script"],
  "gate/get": ["content-script"],
  "findings/report": ["content-script"],
  "concept/card": ["content-script"],
  "panel/open": ["content-script"],
  "meaning/hide": ["content-script"],
  "notes/add-term": ["content-script", "extension-page"],
  "notes/add-terms": ["extension-page"],
  "explain/pending": ["extension-page"],
} as const satisfies Record<keyof typeof BackgroundRequestSchemas, readonly SenderKind[]>;

export interface BackgroundResponses {
  "vocabulary/get": import("../../content/matching/compile").CompiledVocabulary;
  "gate/get": { pattern: string };
  "findings/report": { ok: true };
  "notes/add-term": { ok: true };
  "notes/add-terms": { ok: true };
  "explain/pending": { text: string | null };
  "concept/card": CardContent | null;
  /** `instead`: what the user can do where the browser would not open the panel from a page. */
  "panel/open": { opened: boolean; instead?: string };
  "meaning/hide": { ok: boolean };
}

/** What the in-page card shows. Plain text only: the page script builds it with textContent. */
export interface CardContent {
  readonly id: string;
  readonly name: string;
  /** "Symptom", "Warning sign", ... */
  readonly kind: string;
  /** Picks the card's chip colour and icon (the same as the page's underline and the popup's list). */
  readonly category: Category;
  /** The category's icon as SVG path data (components/category-icons.ts), drawn in a 16x16 box. */
  readonly icon: readonly string[];
  readonly redFlag: boolean;
  readonly summary: string;
  /** One line on how strong the evidence is, with its sources named: "… (Furlan 2015)". */
  readonly caveat: string;
  /** For warning signs: what to do and how fast, for the user's region. */
  readonly warning: string | null;
}

export type BackgroundMessageType = keyof typeof BackgroundRequestSchemas;
export type BackgroundRequest<K extends BackgroundMessageType> = v.InferOutput<
  (typeof BackgroundRequestSchemas)[K]
>;
export type BackgroundResponse<K extends BackgroundMessageType> = BackgroundResponses[K];
export type FrameReport = BackgroundRequest<"findings/report">;
export type ConceptCount = FrameReport["concepts"][number];

/** Every background message has its handler: a missing one does not compile. */
export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (
    payload: BackgroundRequest<K>,
    sender: Browser.runtime.MessageSender,
  ) => BackgroundResponse<K> | Promise<BackgroundResponse<K>>;
};

export interface BackgroundEnvelope<K extends BackgroundMessageType = BackgroundMessageType> {
  readonly type: K;
  readonly payload: BackgroundRequest<K>;
}

const EnvelopeSchema = v.object({
  type: v.picklist(Object.keys(BackgroundRequestSchemas) as BackgroundMessageType[]),
  payload: v.unknown(),
});

/** Validates an incoming message; returns null (and says why, once per reason) when it is not ours. */
export function parseBackgroundRequest(message: unknown): BackgroundEnvelope | null {
  const outer = v.safeParse(EnvelopeSchema, message);
  if (!outer.success) return reject("an unknown message", message);
  const inner = v.safeParse(BackgroundRequestSchemas[outer.output.type], outer.output.payload);
  if (!inner.success) return reject(`a malformed "${outer.output.type}" message`, inner.issues[0]?.message);
  return { type: outer.output.type, payload: inner.output } as BackgroundEnvelope;
}

function reject(reason: string, detail: unknown): null {
  logOnce(reason, detail);
  return null;
}
