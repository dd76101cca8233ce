import { describe, expect, it } from "vitest";
import { normaliseSite } from "../../entrypoints/options/site-entry";

describe("a site typed on the options page", () => {
  it.each([
    ["mail.example.com", "mail.example.com"],
    ["  Mail.Example.COM ", "mail.example.com"],
    ["https://mail.example.com/inbox?x=1", "mail.example.com"],
    ["www.bank.example", "bank.example"],
    ["bank.example:8443", "bank.example"],
    ["mychart.*", "mychart.*"],
    ["127.0.0.1", "127.0.0.1"],
    ["bücher.example", "xn--bcher-kva.example"],
  ])("%j is stored as %j", (typed, site) => {
    expect(normaliseSite(typed)).toEqual({ site });
  });

  it.each(["", "   ", "not a site", "a..b", "*.example.com", "javascript:alert(1)"])(
    "%j is refused",
    (typed) => {
      expect(normaliseSite(typed)).toHaveProperty("error");
    },
  );
});
