// The three further warning signs (past cancer, infection risk, new sexual problems) in the words real
// pages use, official and lay, and not in their look-alike senses (a relative's cancer, a cancer that
// was ruled out, a medicine's side effect, "boost your immune system"). Sentences are our own. Each
// starts with "Sciatica." so the page rule (these are contextual) cannot be what decides.
import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { loadEntries } from "../../scripts/load-content";

const path = compilePath(loadEntries());
const ids = path.matcher.vocabulary.concepts.map((c) => c.id);
const conceptsIn = (text: string): Set<string> =>
  new Set(findConcepts(path, text).map((m) => ids[m.concept]));

const FOUND: Array<[string, string]> = [
  ["cancer-history", "Sciatica. Tell your doctor if you have a history of cancer."],
  ["cancer-history", "Sciatica. I had breast cancer five years ago and now my back aches at night."],
  ["cancer-history", "Sciatica. Red flags include previous cancer and weight loss."],
  ["cancer-history", "Sciatica. Any cancer in the past, even if treated, should be mentioned."],
  ["cancer-history", "Sciatica. PMH: carcinoma of the prostate, treated 2019."],
  ["cancer-history", "Sciatica. She is a breast cancer survivor with new leg pain."],
  ["cancer-history", "Sciatica. My mum has been in remission from bowel cancer for three years."],
  ["infection-risk", "Sciatica. Risk factors include IV drug use and diabetes."],
  ["infection-risk", "Sciatica. Services for people who inject drugs see this often."],
  ["infection-risk", "Sciatica. He has been on long-term steroids for his asthma."],
  ["infection-risk", "Sciatica. If you have a weakened immune system, say so."],
  ["infection-risk", "Sciatica. Patients who are immunosuppressed after a transplant."],
  ["infection-risk", "Sciatica. After a spinal injection I got an infection and a high fever."],
  ["infection-risk", "Sciatica. She developed an infection after an epidural injection."],
  ["infection-risk", "Sciatica. The scan showed discitis at L4-5."],
  ["sexual-dysfunction", "Sciatica. I have had new erectile dysfunction since the disc went."],
  ["sexual-dysfunction", "Sciatica. There was a loss of sensation during sex as well."],
  ["sexual-dysfunction", "Sciatica. Honestly I can't feel anything during sex any more."],
  ["sexual-dysfunction", "Sciatica. Since the flare-up I can't keep an erection."],
  ["sexual-dysfunction", "Sciatica. Cauda equina can cause sexual dysfunction and bladder problems."],
];

const NOT_FOUND: Array<[string, string]> = [
  ["cancer-history", "Sciatica. She has a family history of breast cancer."],
  ["cancer-history", "Sciatica. There is a history of bladder cancer in close relatives."],
  ["cancer-history", "Sciatica. He has no history of cancer and no weight loss."],
  ["cancer-history", "Sciatica. I had a cancer scare last year but it was nothing."],
  ["infection-risk", "Sciatica. Eat well and sleep to boost your immune system."],
  ["infection-risk", "Sciatica. Free HIV testing is offered at the clinic."],
  [
    "sexual-dysfunction",
    "Sciatica. With amitriptyline, side effects include sexual problems in some people.",
  ],
  ["sexual-dysfunction", "Sciatica. Sexual side effects are listed on the leaflet."],
  ["sexual-dysfunction", "Sciatica. Our clinic offers erectile dysfunction treatment."],
];

describe("further warning signs in real wording", () => {
  it.each(FOUND)("finds %s in: %s", (concept, text) => {
    expect(conceptsIn(text)).toContain(concept);
  });
  it.each(NOT_FOUND)("does not find %s in: %s", (concept, text) => {
    const found = conceptsIn(text);
    expect(found, "the anchor is found, so only the sense rules can hide the concept").toContain("sciatica");
    expect(found).not.toContain(concept);
  });
  it("counts them only on a page that also has an anchor (they are contextual)", () => {
    const page = "I had breast cancer five years ago. I inject drugs. I have erectile dysfunction.";
    expect(conceptsIn(page).size).toBe(0);
    expect(conceptsIn(`Sciatica. ${page}`)).toEqual(
      new Set(["sciatica", "cancer-history", "infection-risk", "sexual-dysfunction"]),
    );
  });
});
