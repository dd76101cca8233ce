import { beforeEach, describe, expect, it, vi } from "vitest";

// Loaded afresh for each test, so "said once" starts from nothing every time.
let parseEnvelope: typeof import("../../utils/protocol/background").parseBackgroundRequest;
beforeEach(async () => {
  vi.resetModules();
  ({ parseBackgroundRequest: parseEnvelope } = await import("../../utils/protocol/background"));
});

describe("message validation", () => {
  it("accepts a well-formed message", () => {
    const message = { type: "concept/card", payload: { id: "sciatica" } };
    expect(parseEnvelope(message)).toEqual(message);
  });

  it("takes no message meant for a tab: each direction has its own messages", () => {
    expect(parseEnvelope({ type: "page/reveal", payload: { id: "sciatica" } })).toBeNull();
    expect(parseEnvelope({ type: "page/next-term", payload: {} })).toBeNull();
  });

  it("accepts a term for the user's notes, with the page it was read on", () => {
    const message = {
      type: "notes/add-term",
      payload: { conceptId: "piriformis-syndrome", title: "A forum", url: "https://forum.example/t/1" },
    };
    expect(parseEnvelope(message)).toEqual(message);
  });

  it.each([
    { type: "concept/card", payload: { id: "saddle-numbness" } },
    { type: "panel/open", payload: { conceptId: "sciatica" } },
    { type: "meaning/hide", payload: { conceptId: "saddle-numbness" } },
    {
      type: "notes/add-term",
      payload: { conceptId: "sciatica", title: "A thread", url: "https://f.example/t/1" },
    },
  ])("accepts the card's messages: $type", (message) => {
    expect(parseEnvelope(message)).toEqual(message);
  });

  it.each([
    ["an unknown type", { type: "page/steal-cookies", payload: {} }],
    ["a missing payload field", { type: "concept/card", payload: {} }],
    ["an id that is not an id", { type: "concept/card", payload: { id: "<img src=x>" } }],
    ["extra fields", { type: "meaning/hide", payload: { conceptId: "sciatica", eval: "x" } }],
    [
      "a count that is not a count",
      {
        type: "findings/report",
        payload: {
          host: "a",
          status: "done",
          concepts: [{ id: "sciatica", count: -1, category: "condition" }],
        },
      },
    ],
    [
      "a term with an overlong address",
      { type: "notes/add-term", payload: { conceptId: "sciatica", title: "", url: "x".repeat(2049) } },
    ],
    [
      "a term with a missing title",
      { type: "notes/add-term", payload: { conceptId: "sciatica", url: "https://a.example/" } },
    ],
    [
      "a note with an over-long title",
      { type: "notes/add-term", payload: { conceptId: "sciatica", title: "x".repeat(301), url: "" } },
    ],
    ["a hidden meaning that is not an id", { type: "meaning/hide", payload: { conceptId: "Sciatica!" } }],
    [
      "a site smuggled into a hidden meaning",
      { type: "meaning/hide", payload: { conceptId: "sciatica", host: "x" } },
    ],
    ["not an object", "hello"],
    ["null", null],
  ])("ignores %s, and says why only once", (_, message) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(parseEnvelope(message)).toBeNull();
    expect(parseEnvelope(message)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe("the Explain page's messages", () => {
  it("accepts every concept of an explained text at once, and a context-menu token", () => {
    const many = {
      type: "notes/add-terms",
      payload: { conceptIds: ["sciatica", "disc-herniation"], title: "A report", url: "" },
    };
    expect(parseEnvelope(many)).toEqual(many);
    const pending = { type: "explain/pending", payload: { token: "0f8b2c1e-6a4d-4c3b-9e2f-1a2b3c4d5e6f" } };
    expect(parseEnvelope(pending)).toEqual(pending);
  });

  it.each([
    ["no concepts", { type: "notes/add-terms", payload: { conceptIds: [], title: "", url: "" } }],
    ["a bad id", { type: "notes/add-terms", payload: { conceptIds: ["<b>"], title: "", url: "" } }],
    ["a token that is not one", { type: "explain/pending", payload: { token: "../../etc" } }],
  ])("rejects %s", (_, message) => expect(parseEnvelope(message)).toBeNull());
});
