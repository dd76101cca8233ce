import { CONCEPT_ID_PATTERN } from "../../content/ids";
import { logOnce } from "../../utils/log-once";
import type { TabRequestType } from "../../utils/tab-messages";

// The page scanner's check of the messages it answers, written out by hand so that it bundles no
// validation library. It must agree with TabRequestSchemas (utils/tab-messages.ts): a unit test holds
// both to the same examples, and the typed map below needs a check for every tab message.

type Payload = Record<string, unknown>;

/** Exactly these keys, no others. */
const only = (payload: Payload, ...keys: string[]): boolean =>
  Object.keys(payload).length === keys.length && keys.every((key) => Object.hasOwn(payload, key));

const CHECKS: Record<TabRequestType, (payload: Payload) => boolean> = {
  "page/reveal": (p) => only(p, "id") && typeof p.id === "string" && CONCEPT_ID_PATTERN.test(p.id),
  "page/status": (p) => only(p),
  "page/set-highlights": (p) => only(p, "visible") && typeof p.visible === "boolean",
  "page/about": (p) => only(p),
  "page/toggle-highlights": (p) => only(p),
  "page/next-term": (p) => only(p),
  "page/explain-selection": (p) => only(p),
};

/** The payload of a valid tab message, or null for anything else (which is never acted on). */
export function parseTabRequest(message: unknown): { type: TabRequestType; payload: unknown } | null {
  const m = message as { type?: unknown; payload?: unknown } | null;
  const payload = m?.payload;
  if (typeof m?.type !== "string" || !Object.hasOwn(CHECKS, m.type)) {
    logOnce("an unknown message", typeof m?.type === "string" ? m.type : typeof message);
    return null;
  }
  const type = m.type as TabRequestType;
  const valid = typeof payload === "object" && payload !== null && !Array.isArray(payload);
  if (valid && CHECKS[type](payload as Payload)) return { type, payload };
  logOnce(`a malformed "${type}" message`, payload);
  return null;
}
