import { describe, expect, it } from "vitest";
import { TAB_SENDERS, parseTabRequest, type TabMessageType } from "../../utils/protocol/tab";

// The page scanner's check of the messages it answers is written by hand (it bundles no validation
// library), so it is held here to examples of what each message may and may not carry.

const ACCEPTED: Record<TabMessageType, unknown[]> = {
  "page/reveal": [{ id: "sciatica" }, { id: "saddle-numbness" }],
  "page/status": [{}],
  "page/about": [{}],
  "page/toggle-highlights": [{}],
  "page/next-term": [{}],
  "page/explain-selection": [{}],
};

const REFUSED: Record<TabMessageType, unknown[]> = {
  "page/reveal": [{}, { id: "Sciatica" }, { id: "<img src=x>" }, { id: 7 }, { id: "sciatica", extra: 1 }],
  "page/status": [{ visible: true }],
  "page/about": [{ url: "https://evil.example/" }],
  "page/toggle-highlights": [{ visible: false }],
  "page/next-term": [{ id: "sciatica" }],
  "page/explain-selection": [{ text: "x" }],
};
const NOT_OBJECTS = [null, [], "payload", undefined, 3];

describe("the page scanner's tab message check", () => {
  it.each(Object.keys(ACCEPTED) as TabMessageType[])(
    "accepts and refuses the right payloads for %s",
    (type) => {
      for (const payload of ACCEPTED[type])
        expect(parseTabRequest({ type, payload }), JSON.stringify(payload)).toEqual({ type, payload });
      for (const payload of [...REFUSED[type], ...NOT_OBJECTS])
        expect(parseTabRequest({ type, payload }), JSON.stringify(payload)).toBeNull();
    },
  );

  it("has a sender list for every message, and only our pages may ask", () => {
    expect(Object.keys(TAB_SENDERS).sort()).toEqual(Object.keys(ACCEPTED).sort());
    for (const senders of Object.values(TAB_SENDERS)) expect(senders).toEqual(["extension-page"]);
  });

  it("ignores unknown types, messages meant for the background, and things that are not messages", () => {
    for (const message of [
      { type: "page/steal", payload: {} },
      { type: "page/set-highlights", payload: { visible: true } },
      { type: "concept/card", payload: { id: "sciatica" } },
      { type: "toString", payload: {} },
      "x",
      null,
      3,
    ])
      expect(parseTabRequest(message)).toBeNull();
  });
});
