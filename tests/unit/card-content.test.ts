import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { cardContent } from "../../entrypoints/background/card-content";
import { hideMeaning, senderHost } from "../../entrypoints/background/hidden-meanings";
import { NOT_A_DIAGNOSIS } from "../../content/red-flag-action";
import { summaries } from "../../utils/knowledge";
import { settingsItem } from "../../utils/storage/settings";

beforeEach(() => fakeBrowser.reset());

describe("the in-page card's content", () => {
  it("gives every concept a name, kind, summary and a one-line evidence caveat naming its sources", () => {
    for (const concept of summaries.concepts) {
      const card = cardContent(concept.id, "en-GB")!;
      expect(card.name).toBe(concept.name);
      expect(card.summary).toBe(concept.summary);
      expect(card.caveat).toMatch(/\S \(.+\)$/);
      expect(card.caveat).not.toContain("[@");
      expect(card.redFlag).toBe(concept.category === "red-flag");
      expect(card.warning === null).toBe(concept.category !== "red-flag");
    }
  });

  it("tells a warning sign what to do, for the reader's region, and that it is not a diagnosis", () => {
    const uk = cardContent("saddle-numbness", "en-GB")!;
    expect(uk.kind).toBe("Warning sign");
    expect(uk.warning).toContain("999");
    expect(uk.warning).toContain(NOT_A_DIAGNOSIS);
    expect(cardContent("saddle-numbness", "en-US")!.warning).toContain("911");
    // Foot drop has no checklist item of its own: it gets the one for new or worsening weakness.
    expect(cardContent("foot-drop", "en-GB")!.warning).toMatch(/Contact a doctor today/);
  });

  it("knows nothing of ids it does not have", () => {
    expect(cardContent("not-a-concept", "en-GB")).toBeNull();
  });
});

describe("Not this meaning here", () => {
  it("remembers the concept for the sender's host, once", async () => {
    expect(await hideMeaning("cycling.example", "saddle-numbness")).toEqual({ ok: true });
    expect(await hideMeaning("cycling.example", "saddle-numbness")).toEqual({ ok: true });
    expect(await hideMeaning("cycling.example", "sciatica")).toEqual({ ok: true });
    expect((await settingsItem.getValue()).hiddenMeanings).toEqual({
      "cycling.example": ["saddle-numbness", "sciatica"],
    });
  });

  it("refuses a page without a host name and an unknown concept", async () => {
    expect(await hideMeaning("", "sciatica")).toEqual({ ok: false });
    expect(await hideMeaning("a.example", "made-up")).toEqual({ ok: false });
    expect((await settingsItem.getValue()).hiddenMeanings).toEqual({});
  });

  it("takes the host from the sending frame's address", () => {
    expect(senderHost({ url: "https://forum.example/t/1?x=2" })).toBe("forum.example");
    expect(senderHost({ url: "about:blank" })).toBe("");
    expect(senderHost({})).toBe("");
  });
});
