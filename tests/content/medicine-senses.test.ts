// The medicine and procedure words of issue 12 count only in their own sense. These snippets are our
// own, written the way news, sport and forum pages use the same words: a tyre's traction, "tens of
// thousands", an opioid overdose story, nuclear fusion, guitar pickups. MedQuAD cases live in
// medquad-regression.test.ts.
import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { loadEntries } from "../../scripts/load-content";

const path = compilePath(loadEntries());
const ids = path.matcher.vocabulary.concepts.map((c) => c.id);
const conceptsIn = (text: string): string[] => findConcepts(path, text).map((m) => ids[m.concept]);

// Each page starts with an anchor ("My sciatica ..."), so only the sense rules can hide the concept.
const ANCHOR = "My sciatica is back this week. ";

const WRONG_SENSE: Array<[string, string]> = [
  ["traction", "The new tyres give far better traction on wet roads."],
  ["traction", "The campaign gained traction after the debate, and it is gaining traction with voters."],
  ["traction", "Turn off traction control before you drive on snow."],
  ["tens", "Tens of thousands of runners took part in the marathon."],
  ["tens", "TENS OF THOUSANDS MARCH IN THE CAPITAL"],
  ["tens", "The answer is in the tens column, not the units."],
  ["spinal-fusion", "The reactor is a step towards nuclear fusion power."],
  ["spinal-fusion", "She had ankle fusion surgery after the fracture."],
  ["spinal-fusion", "He had a cervical fusion for the disc in his neck."],
  ["decompression-surgery", "The diver was flown to a decompression chamber with decompression sickness."],
  ["decompression-surgery", "A nasogastric tube was used for bowel decompression."],
  ["decompression-surgery", "She is waiting for carpal tunnel decompression surgery on her wrist."],
  ["radiofrequency-denervation", "He had radiofrequency ablation of the heart for atrial fibrillation."],
  ["radiofrequency-denervation", "The liver tumour was treated with RF ablation of the tumour."],
  ["nerve-conduction-tests", "He swapped the stock pickups for EMG pickups on his guitar."],
  ["opioids", "Naloxone is an opioid antagonist that reverses an overdose."],
  ["muscle-relaxants", "The anaesthetist gave a muscle relaxant during surgery to help with intubation."],
  ["oral-steroids", "Use the prednisolone eye drops four times a day."],
];

const RIGHT_SENSE: Array<[string, string]> = [
  ["traction", "The clinic offered lumbar traction and an inversion table."],
  ["traction", "They sell non-surgical spinal decompression for a bulging disc."],
  ["tens", "A TENS machine took the edge off the pain."],
  ["tens", "I bought a cheap tens unit from the chemist."],
  ["spinal-fusion", "The surgeon wants to do an L4-L5 fusion, a TLIF."],
  ["decompression-surgery", "He had a lumbar decompression for spinal stenosis."],
  ["radiofrequency-denervation", "I had radiofrequency ablation of the facet joints last spring."],
  ["radiofrequency-denervation", "My pain doctor suggested RFA on my lower back."],
  ["spinal-cord-stimulator", "I had a spinal cord stimulator fitted after two operations."],
  ["nerve-conduction-tests", "The EMG showed an old L5 nerve root problem."],
  ["opioids", "The GP gave me co-codamol and then tramadol."],
  ["muscle-relaxants", "I was given diazepam for my back spasm and a muscle relaxer."],
  ["oral-steroids", "Urgent care gave me a Medrol dose pack."],
  ["sacroiliac-joint-pain", "The physio thinks it is SI joint dysfunction, not sciatica."],
];

describe("medicine and procedure words in their own sense", () => {
  it.each(WRONG_SENSE)('%s: not in "%s"', (concept, text) => {
    const found = conceptsIn(ANCHOR + text);
    expect(found).toContain("sciatica");
    expect(found).not.toContain(concept);
  });

  it.each(RIGHT_SENSE)('%s: found in "%s"', (concept, text) => {
    expect(conceptsIn(ANCHOR + text)).toContain(concept);
  });

  it("shows no opioid on an overdose news page that has no sciatica anchor", () => {
    const news =
      "Overdose deaths rose again last year. Officials blamed fentanyl and other opioids, and said " +
      "more people were mixing oxycodone with alcohol. Tens of thousands of families are affected.";
    expect(conceptsIn(news)).toEqual([]);
  });

  it("shows opioids once the same page is also about sciatica", () => {
    const page = "My sciatica flared up and the doctor prescribed oxycodone for a week.";
    expect(conceptsIn(page)).toContain("opioids");
  });
});
