import { beforeEach, describe, expect, it, vi } from "vitest";

// Loaded afresh for each test, so "said once" starts from nothing every time.
let parseEnvelope: typeof import("../../utils/messages").parseEnvelope;
beforeEach(async () => {
  vi.resetModules();
  ({ parseEnvelope } = await import("../../utils/messages"));
});

describe("message validation", () => {
  it("accepts a well-formed message", () => {
    const message = { type: "page/reveal", payload: { id: "sciatica" } };
    expect(parseEnvelope(message)).toEqual(message);
  });

  it.each([
    ["an unknown type", { type: "page/steal-cookies", payload: {} }],
    ["a missing payload field", { type: "page/reveal", payload: {} }],
    ["an id that is not an id", { type: "page/reveal", payload: { id: "<img src=x>" } }],
    ["extra fields", { type: "page/set-highlights", payload: { visible: true, eval: "x" } }],
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
