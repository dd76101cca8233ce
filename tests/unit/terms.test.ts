import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { addTermToNotes } from "../../entrypoints/background/notes";
import { addTerm, appointmentItem, EMPTY_APPOINTMENT, MAX_TERMS } from "../../utils/storage/appointment";

beforeEach(() => fakeBrowser.reset());

const term = (conceptId: string, url: string, title = "Page") => ({
  conceptId,
  url,
  title,
  addedAt: "2025-03-01T10:00:00.000Z",
});

describe("terms I read about", () => {
  it("keeps one entry per concept and page, with the newest title", () => {
    let a = addTerm(EMPTY_APPOINTMENT, term("sciatica", "https://a.example/", "Old title"));
    a = addTerm(a, term("sciatica", "https://b.example/"));
    a = addTerm(a, term("piriformis-syndrome", "https://a.example/"));
    a = addTerm(a, term("sciatica", "https://a.example/", "New title"));
    expect(a.terms.map((t) => `${t.conceptId} ${t.url} ${t.title}`)).toEqual([
      "sciatica https://b.example/ Page",
      "piriformis-syndrome https://a.example/ Page",
      "sciatica https://a.example/ New title",
    ]);
  });

  it("lets the oldest go when the list is full", () => {
    let a = EMPTY_APPOINTMENT;
    for (let i = 0; i <= MAX_TERMS; i++) a = addTerm(a, term("sciatica", `https://a.example/${i}`));
    expect(a.terms).toHaveLength(MAX_TERMS);
    expect(a.terms[0].url).toBe("https://a.example/1");
  });

  it("are stored by the background's handler, whichever view sent them", async () => {
    expect(
      await addTermToNotes({ conceptId: "sciatica", title: "Forum", url: "https://f.example/" }),
    ).toEqual({
      ok: true,
    });
    await addTermToNotes({ conceptId: "sciatica", title: "Forum", url: "https://f.example/" });
    const stored = await appointmentItem.getValue();
    expect(stored.terms).toHaveLength(1);
    expect(stored.terms[0]).toMatchObject({
      conceptId: "sciatica",
      title: "Forum",
      url: "https://f.example/",
    });
  });
});
