import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { PAGE_TITLE_MAX, PAGE_URL_MAX, notedPage } from "../../utils/page-limits";
import { BackgroundRequestSchemas } from "../../utils/protocol/background";
import { TermSchema } from "../../utils/storage/appointment";

describe("a page as a note keeps it", () => {
  it("tidies the title, drops the fragment, and keeps a normal address whole", () => {
    expect(notedPage("  A  thread\n about   sciatica ", "https://f.example/t/1?page=2#post-9")).toEqual({
      title: "A thread about sciatica",
      url: "https://f.example/t/1?page=2",
    });
  });

  it("cuts an overlong title, and an overlong address to its origin and path", () => {
    const long = notedPage("x".repeat(1000), `https://f.example/t/1?q=${"y".repeat(5000)}`);
    expect(long.title).toHaveLength(PAGE_TITLE_MAX);
    expect(long.url).toBe("https://f.example/t/1");
    const hugePath = notedPage("", `https://f.example/${"p".repeat(5000)}`);
    expect(hugePath.url.length).toBe(PAGE_URL_MAX);
  });

  it("always fits the message schema and the stored note", () => {
    const page = notedPage("t".repeat(999), `https://f.example/${"p".repeat(9999)}#x`);
    const message = { conceptId: "sciatica", ...page };
    expect(v.safeParse(BackgroundRequestSchemas["notes/add-term"], message).success).toBe(true);
    expect(v.safeParse(TermSchema, { ...message, addedAt: "2026-12-02T10:00:00.000Z" }).success).toBe(true);
  });
});
