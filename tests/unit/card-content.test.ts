import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { cardContent } from "../../utils/card-content";
import { hideMeaning, senderHost } from "../../entrypoints/background/hidden-meanings";
import { NOT_A_DIAGNOSIS } from "../../content/red-flag-action";
import { summaries } from "../../utils/knowledge";
import { settingsItem } from "../../utils/storage/settings";
import { CATEGORY_ICON_PATHS } from "../../components/category-icons";

beforeEach(() => fakeBrowser.reset());

describe("the in-page card's content", () => {
  it("gives every concept a name, kind, summary and a one-line evidence caveat naming its sources", () => {
    for (const concept of summaries.concepts) {
      const card = cardContent(concept.id, "uk")!;
      expect(card.name).toBe(concept.name);
      expect(card.summary).toBe(concept.summary);
      expect(card.caveat).toMatch(/\S \(.+\)$/);
      expect(card.caveat).not.toContain("[@");
      expect(card.redFlag).toBe(concept.category === "red-flag");
      // The page script does not bundle the icons: the background sends the category's own shapes.
      expect(card.category).toBe(concept.category);
      expect(card.icon).toEqual(CATEGORY_ICON_PATHS[concept.category]);
      expect(card.warning === null).toBe(concept.category !== "red-flag");
    }
  });

  it("tells a warning sign what to do, for the reader's region, and that it is not a diagnosis", () => {
    const uk = cardContent("saddle-numbness", "uk")!;
    expect(uk.kind).toBe("Warning sign");
    expect(uk.warning).toContain("999");
    expect(uk.warning).toContain(NOT_A_DIAGNOSIS);
    expect(cardContent("saddle-numbness", "us")!.warning).toContain("911");
    expect(uk.warning).toContain('"cauda equina"');
    // Foot drop is explained by the weakness sign: a same-day route, not the emergency number.
    const footDrop = cardContent("foot-drop", "uk")!.warning!;
    expect(footDrop).toContain("Call NHS 111 or your GP surgery today.");
    expect(footDrop.startsWith("Have a doctor check you the same day.")).toBe(true);
  });

  it("knows nothing of ids it does not have", () => {
    expect(cardContent("not-a-concept", "uk")).toBeNull();
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
