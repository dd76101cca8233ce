import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { parseTabRequest } from "../../entrypoints/scanner.content/tab-requests";
import { TabRequestSchemas, type TabRequestType } from "../../utils/tab-messages";

// The page scanner checks tab messages by hand (it bundles no validation library): it must accept and
// refuse exactly what the schemas in the one typed map accept and refuse.

const TYPES = Object.keys(TabRequestSchemas) as TabRequestType[];
const PAYLOADS: unknown[] = [
  {},
  { id: "sciatica" },
  { id: "Sciatica" },
  { id: "<img src=x>" },
  { id: 7 },
  { visible: true },
  { visible: "yes" },
  { visible: false, extra: 1 },
  { id: "sciatica", extra: 1 },
  null,
  [],
  "payload",
  undefined,
];

describe("the page scanner's tab message check", () => {
  it.each(TYPES)("agrees with the schema for %s", (type) => {
    for (const payload of PAYLOADS) {
      const schemaSays = v.safeParse(TabRequestSchemas[type], payload).success;
      const pageSays = parseTabRequest({ type, payload }) !== null;
      const where = `${type} ${JSON.stringify(payload)}`;
      // Never laxer than the schema; as strict as it on plain objects (valibot takes [] as an empty object).
      if (pageSays) expect(schemaSays, where).toBe(true);
      if (!Array.isArray(payload)) expect(pageSays, where).toBe(schemaSays);
    }
  });

  it("ignores unknown types and things that are not messages", () => {
    for (const message of [
      { type: "page/steal", payload: {} },
      { type: "toString", payload: {} },
      "x",
      null,
      3,
    ])
      expect(parseTabRequest(message)).toBeNull();
  });
});
