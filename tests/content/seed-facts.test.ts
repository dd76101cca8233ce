import { describe, expect, it } from "vitest";
import { byId, textOf } from "./load";

/**
 * Every fact, claim and piece of advice in the seed article
 * (shared/seed/000_2e257392218be23a.txt, "Massage therapy for sciatica") must be covered by the knowledge base.
 *
 * fact: the article's claim, paraphrased in a few words.
 * concept: the id of the entry that covers it.
 * evidence: case-insensitive patterns that must ALL match that entry's text (name, summary and every section,
 *   each {{urgent:<id>}} read as the advice it shows: how fast to act comes from content/red-flags.yaml).
 * Line breaks and runs of spaces in the entry are read as one space, so a pattern may span a wrapped line.
 */
const SEED_FACTS: Array<{ fact: string; concept: string; evidence: RegExp[] }> = [
  // Introduction
  {
    fact: "sciatica can feel scary",
    concept: "sciatica",
    evidence: [/can be scary/i],
  },
  {
    fact: "sharp pain radiates from the low back or buttock down the leg",
    concept: "sciatica",
    evidence: [/low back or buttock/i, /down (one|the) leg/i, /sharp/i],
  },
  {
    fact: "massage may help some people manage sciatica pain by easing muscle guarding",
    concept: "massage-therapy",
    evidence: [/may ease muscle guarding/i, /may ease pain/i],
  },
  {
    fact: "massage is not a guaranteed fix and does not fix a disc",
    concept: "massage-therapy",
    evidence: [/not a sure fix/i, /does not (repair|heal) a (slipped )?disc/i],
  },
  {
    fact: "best results come from massage as part of a broader plan",
    concept: "massage-therapy",
    evidence: [/work best as one part of a wider plan/i],
  },
  {
    fact: "care works best alongside graded exercise and clinical advice",
    concept: "sciatica",
    evidence: [/exercise that builds up step by step/i, /advice from a health professional/i],
  },

  // Sciatica, explained
  {
    fact: "sciatica is a pattern of symptoms, not a single diagnosis",
    concept: "sciatica",
    evidence: [/pattern of symptoms/i, /does not say what causes them|not one exact cause/i],
  },
  {
    fact: "sciatica is linked to nerve irritation or compression in the lower spine",
    concept: "sciatica",
    evidence: [/nerve root is squeezed or irritated in the low back/i],
  },
  {
    fact: "sciatica can bring nerve pain, tingling, numbness or weakness",
    concept: "sciatica",
    evidence: [/nerve pain/i, /tingling, numbness or a weak leg/i],
  },
  {
    fact: "sciatica usually affects one side",
    concept: "sciatica",
    evidence: [/usually affects one side/i],
  },

  // Causes
  {
    fact: "sciatica is caused by something irritating or compressing a nerve root in the low back",
    concept: "nerve-root-compression",
    evidence: [/squeezed or irritated where it leaves the spine/i, /in the low back can send pain/i],
  },
  {
    fact: "lumbar disc herniation with nerve root compression is a common cause",
    concept: "disc-herniation",
    evidence: [/press(es)? on a (nearby )?nerve root/i, /most common cause of sciatica/i],
  },
  {
    fact: "spinal stenosis narrows the space for nerves",
    concept: "spinal-stenosis",
    evidence: [/narrow/i, /nerves have less room|with less room, the nerves/i, /can cause sciatica/i],
  },
  {
    fact: "muscle-related compression is discussed as piriformis syndrome",
    concept: "piriformis-syndrome",
    evidence: [/buttock muscle/i, /press on or irritate the sciatic nerve/i],
  },
  {
    fact: "degenerative changes can irritate nerve roots",
    concept: "degenerative-changes",
    evidence: [/wear/i, /irritate a nerve root/i],
  },
  {
    fact: "a clinical review says sciatica is most often from a herniated disc pressing on a nerve root",
    concept: "sciatica",
    evidence: [/9 out of 10 cases/i, /(bulging|broken) disc that presses on a nerve root/i],
  },
  {
    fact: "the same review lists stenosis as another cause",
    concept: "sciatica",
    evidence: [/narrowing of the spine \(stenosis\) is another cause/i],
  },
  {
    fact: "less commonly, tumours cause sciatica",
    concept: "spinal-tumour",
    evidence: [/rare cause of sciatica/i, /much less common cause of sciatica/i],
  },
  {
    fact: "if the driver is the spine, massage may ease pain but won't change the structure",
    concept: "nerve-root-compression",
    evidence: [/massage and other hands-on care may ease pain/i, /do not change the bone or disc/i],
  },
  {
    fact: "if the driver is muscle, massage targets soft tissue that may contribute",
    concept: "piriformis-syndrome",
    evidence: [
      /if a muscle is part of the problem, hands-on care/i,
      /massage may help with muscle-related pain/i,
    ],
  },

  // Signs it might be sciatica
  {
    fact: "pain travels below the buttock into the thigh, calf or foot",
    concept: "radiating-leg-pain",
    evidence: [/past the buttock into the thigh, the calf or the foot/i],
  },
  {
    fact: "tingling in the leg is a symptom",
    concept: "tingling",
    evidence: [/pins and needles/i, /in the leg, the foot or the toes/i],
  },
  {
    fact: "numbness in the leg is a symptom",
    concept: "numbness",
    evidence: [/less feeling, or no feeling/i, /part of the leg/i],
  },
  {
    fact: "symptoms change with sitting, bending or coughing",
    concept: "radiating-leg-pain",
    evidence: [/changes with how you sit, bend or move/i, /coughing/i],
  },
  {
    fact: "sometimes there is weakness in the leg or foot",
    concept: "leg-weakness",
    evidence: [/muscles in the leg or foot/i, /not everyone with sciatica has weakness/i],
  },
  {
    fact: "general low back pain is more local",
    concept: "low-back-pain",
    evidence: [/back pain tends to stay local/i],
  },
  {
    fact: "sciatic pain is more likely to have a clear leg pattern",
    concept: "low-back-pain",
    evidence: [/sciatica has a clear path down one leg/i],
  },
  {
    fact: "nerve symptoms follow the whole sciatic nerve pathway",
    concept: "sciatic-nerve",
    evidence: [
      /from the low back, through the buttock and down the back of the leg to the foot/i,
      /along the same path/i,
    ],
  },

  // Get checked urgently
  {
    fact: "do not self-treat when warning signs are present",
    concept: "systemic-warning-signs",
    evidence: [/do not try to self-treat/i, /get checked first/i],
  },
  {
    fact: "new or worsening weakness, such as foot drop, is urgent",
    concept: "progressive-weakness",
    evidence: [
      /new or getting worse/i,
      /foot drop/i,
      /warning sign/i,
      /have a doctor check you the same day/i,
    ],
  },
  {
    fact: "new or worsening foot drop is urgent",
    concept: "foot-drop",
    evidence: [/new or worsening foot drop is a warning sign/i, /have a doctor check you the same day/i],
  },
  {
    fact: "numbness in the saddle area is urgent",
    concept: "saddle-numbness",
    evidence: [/numbness between the legs/i, /get medical help now/i],
  },
  {
    fact: "changes to bladder or bowel control are urgent",
    concept: "bladder-bowel-changes",
    evidence: [/change in bladder or bowel control/i, /get medical help now/i],
  },
  {
    fact: "severe, unrelenting pain that is not settling is urgent",
    concept: "severe-unrelenting-pain",
    evidence: [/very bad pain that does not ease/i, /severe and is not settling/i, /warning sign/i],
  },
  {
    fact: "fever, unexplained weight loss or feeling very unwell is urgent",
    concept: "systemic-warning-signs",
    evidence: [/fever/i, /weight loss you can't explain/i, /feeling very unwell/i, /red flags/i],
  },
  {
    fact: "these signs can point to serious conditions that need urgent assessment",
    concept: "cauda-equina-syndrome",
    evidence: [/rare, but it is serious/i, /signs of CES itself/i, /get medical help now/i],
  },

  // Where massage fits
  {
    fact: "massage is targeted soft tissue work",
    concept: "massage-therapy",
    evidence: [/hands-on work on (muscles and other|your) soft tissue/i],
  },
  {
    fact: "massage addresses muscle guarding in the low back, glutes and hips along the nerve path",
    concept: "muscle-guarding",
    evidence: [/low back, the buttocks \(glutes\) and the hips/i, /along the path of the sciatic nerve/i],
  },
  {
    fact: "sensitive trigger points can send pain down the leg",
    concept: "trigger-point-therapy",
    evidence: [/tender knots/i, /send pain down the leg/i],
  },
  {
    fact: "stiffness changes how you move and load the spine",
    concept: "muscle-guarding",
    evidence: [/stiffness/i, /change how you sit, walk and bend/i, /more strain on the back/i],
  },
  {
    fact: "massage is no replacement for a medical check when red flags are present",
    concept: "massage-therapy",
    evidence: [/does not replace a medical check when warning signs appear/i],
  },
  {
    fact: "massage is no replacement for exercise-based rehab when strength, mobility and load tolerance matter",
    concept: "physiotherapy",
    evidence: [/weak muscles, stiffness or low tolerance for load/i, /exercise-based rehab is key/i],
  },
  {
    fact: "massage can help you move more comfortably to do the work for longer-term change",
    concept: "graded-exercise",
    evidence: [/massage or other hands-on care may ease pain for a while/i, /longer-term strength/i],
  },

  // What research suggests
  {
    fact: "the research on massage for sciatica is smaller and messier than expected",
    concept: "massage-therapy",
    evidence: [/research is small, mixed/i, /most studies are about plain low back pain, not sciatica/i],
  },
  {
    fact: "studies use different massage types, techniques and schedules",
    concept: "massage-therapy",
    evidence: [/studies of massage differ/i, /different styles/i, /different schedules/i],
  },
  {
    fact: "some studies report pain reduction and better function",
    concept: "massage-therapy",
    evidence: [/massage eased pain/i, /do a bit more in daily life/i],
  },
  {
    fact: "evidence is mixed and benefits are often short-term",
    concept: "massage-therapy",
    evidence: [/mixed|not (always )?consistent/i, /short[- ]term/i],
  },
  {
    fact: "massage is a conservative option alongside exercise and education",
    concept: "physiotherapy",
    evidence: [/without surgery/i, /hands-on care, such as massage/i, /advice on sitting, lifting, sleep/i],
  },
  {
    fact: "massage may be tried only as part of a plan with exercise",
    concept: "massage-therapy",
    evidence: [/may be tried/i, /only as part of a plan that includes exercise/i],
  },
  {
    fact: "use massage to reduce pain so you can move and strengthen",
    concept: "massage-therapy",
    evidence: [/massage helps them move and exercise/i],
  },

  // Massage techniques
  {
    fact: "a good therapist matches technique to irritability",
    concept: "massage-therapy",
    evidence: [/picks the style to suit how touchy your pain is/i],
  },
  {
    fact: "for nerve pain the goal is to settle and restore movement, not go hard",
    concept: "massage-therapy",
    evidence: [/calm things down and help you move again/i, /not to press as hard as you can/i],
  },
  {
    fact: "a therapist may blend techniques",
    concept: "massage-therapy",
    evidence: [/may mix styles/i],
  },
  {
    fact: "trigger point work targets sensitive spots in glutes, deep hip rotators and low back that refer pain",
    concept: "trigger-point-therapy",
    evidence: [/\(the glutes\)/i, /deep muscles that turn the hip/i, /the low back/i, /referred pain/i],
  },
  {
    fact: "referred pain can mimic sciatic pain; easing trigger points may help some",
    concept: "trigger-point-therapy",
    evidence: [/feel a lot like sciatic nerve pain/i, /may help some people/i],
  },
  {
    fact: "myofascial release uses slow, sustained pressure to improve tissue glide",
    concept: "myofascial-release",
    evidence: [/slow, steady pressure/i, /holds the pressure/i, /layers of tissue slide over each other/i],
  },
  {
    fact: "a release aims to reduce protective tension",
    concept: "myofascial-release",
    evidence: [/ease the tight, guarding feel/i, /protect a sore spot/i],
  },
  {
    fact: "moving more freely helps you load the spine better, which may reduce pain",
    concept: "myofascial-release",
    evidence: [/move more freely/i, /use your back in a better way/i, /may ease some pain/i],
  },
  {
    fact: "deep tissue massage may be used for long-standing tightness",
    concept: "deep-tissue-massage",
    evidence: [/tightness that has (been there|lasted) a long time/i],
  },
  {
    fact: "deep tissue work should never cause sharp pain radiating down the leg",
    concept: "deep-tissue-massage",
    evidence: [/should never cause sharp pain (that shoots )?down (the|your) leg/i],
  },
  {
    fact: "too much pressure on the sciatic nerve or irritated tissue can flare symptoms",
    concept: "deep-tissue-massage",
    evidence: [/sciatic nerve/i, /too much pressure on them can flare up your symptoms/i],
  },
  {
    fact: "Swedish massage is gentler and may suit flare-ups or high sensitivity",
    concept: "swedish-massage",
    evidence: [/gentler than deep tissue/i, /may suit (a )?flare-ups?/i, /very touchy/i],
  },
  {
    fact: "calming the system can change pain perception and reduce guarding",
    concept: "swedish-massage",
    evidence: [/help your body settle/i, /change how strong the pain feels/i, /ease muscle guarding/i],
  },
  {
    fact: "neuromuscular massage uses specific pressure and pacing on trigger points and guarding",
    concept: "neuromuscular-therapy",
    evidence: [/exact pressure/i, /pace the work/i, /trigger points/i, /muscles that guard/i],
  },
  {
    fact: "the neuromuscular goal is pain relief without provoking nerve irritation",
    concept: "neuromuscular-therapy",
    evidence: [/ease pain without (stirring up|upsetting) the nerve/i],
  },
  {
    fact: "hot stones warm tissues and help a person relax before deeper work",
    concept: "hot-stone-massage",
    evidence: [/warm stones/i, /help you relax/i, /before deeper work/i],
  },
  {
    fact: "warmth makes massage more tolerable but hot stones are not a stand-alone fix",
    concept: "hot-stone-massage",
    evidence: [/easier to bear/i, /comfort tool/i, /not a fix on (its|their) own/i],
  },

  // How massage may help
  {
    fact: "easing muscle guarding that may press on the sciatic nerve",
    concept: "muscle-guarding",
    evidence: [
      /easing guarding is one of the main reasons people try massage/i,
      /pressure on the sciatic nerve/i,
    ],
  },
  {
    fact: "easing sensitivity around the sciatic nerve pathway",
    concept: "trigger-point-therapy",
    evidence: [/make the spot less touchy/i, /sciatic nerve pain/i],
  },
  {
    fact: "easing the tight, protective feeling that makes movement feel risky",
    concept: "muscle-guarding",
    evidence: [/moving can feel risky/i, /moving feels less risky/i],
  },
  {
    fact: "massage may give short-term comfort by shifting pain perception",
    concept: "swedish-massage",
    evidence: [/ease pain for a while/i, /change how strong the pain feels/i],
  },
  {
    fact: "the goal is to ease pain enough to move and stick with the plan",
    concept: "manual-therapy",
    evidence: [/ease pain and stiffness for a while/i, /easier to move and to keep up with exercise/i],
  },

  // A smart treatment plan
  {
    fact: "plan layer: hands-on care, with massage often paired with other manual therapy",
    concept: "manual-therapy",
    evidence: [/massage is often paired with other hands-on care/i],
  },
  {
    fact: "plan layer: graded movement and strengthening",
    concept: "graded-exercise",
    evidence: [/done in small steps/i, /build strength/i],
  },
  {
    fact: "plan layer: load changes such as sitting breaks, lifting changes and sleep support",
    concept: "graded-exercise",
    evidence: [
      /changes to your daily load/i,
      /breaks from sitting/i,
      /safer ways to lift/i,
      /support when you sleep/i,
    ],
  },
  {
    fact: "plan layer: clear checkpoints to measure progress",
    concept: "massage-therapy",
    evidence: [/clear check ?points to see if you are getting better/i],
  },
  {
    fact: "no meaningful change after a few sessions means the plan should change",
    concept: "massage-therapy",
    evidence: [/if nothing has really changed after a few sessions, change the plan/i],
  },
  {
    fact: "a change could be a different approach, a different provider or further assessment",
    concept: "massage-therapy",
    evidence: [/a new approach/i, /a new therapist/i, /check-up/i],
  },
  {
    fact: "progress should be measurable",
    concept: "massage-therapy",
    evidence: [/track my pain/i, /pain drops by about 2 points out of 10/i],
  },

  // At home
  {
    fact: "home basics apply only outside the red-flag category",
    concept: "graded-exercise",
    evidence: [/if you have no warning signs/i],
  },
  {
    fact: "home: short walks, often",
    concept: "graded-exercise",
    evidence: [/short walks, often/i],
  },
  {
    fact: "home: avoid long sitting without breaks",
    concept: "graded-exercise",
    evidence: [/get up and move if you have been sitting a long time/i],
  },
  {
    fact: "home: gentle hip and back movement within comfort",
    concept: "graded-exercise",
    evidence: [/gentle hip and back moves that stay within comfort/i],
  },
  {
    fact: "home: heat for general tightness",
    concept: "graded-exercise",
    evidence: [/heat on tight muscles/i],
  },
  {
    fact: "home: a sleep setup with pillow support",
    concept: "graded-exercise",
    evidence: [/pillows to support you in bed/i],
  },
  {
    fact: "stop and get checked if symptoms worsen, spread, or new weakness or numbness appears",
    concept: "graded-exercise",
    evidence: [/stop and get checked if your symptoms get worse or spread/i, /new numbness/i, /gets weaker/i],
  },
  {
    fact: "small daily inputs often beat one big treatment",
    concept: "graded-exercise",
    evidence: [/small steps taken every day/i, /more than one big treatment/i],
  },

  // Choosing a therapist
  {
    fact: "choose a therapist who is qualified, insured and works alongside other providers",
    concept: "massage-therapy",
    evidence: [/trained, has insurance/i, /work with your doctor or physio/i],
  },
  {
    fact: "ask: what types of massage do you use for sciatica?",
    concept: "massage-therapy",
    evidence: [/what kinds of massage do you use for sciatica\?/i],
  },
  {
    fact: "ask: how will you avoid aggravating pressure on the sciatic nerve?",
    concept: "massage-therapy",
    evidence: [/how will you avoid pressing too hard on the nerve\?/i],
  },
  {
    fact: "ask: how will we track pain reduction and function?",
    concept: "massage-therapy",
    evidence: [/how will we track my pain and what i can do\?/i],
  },
  {
    fact: "ask: what should I do between massage sessions?",
    concept: "massage-therapy",
    evidence: [/what should i do between sessions\?/i],
  },

  // Questions people ask
  {
    fact: "massage may help some, especially when guarding and trigger points contribute",
    concept: "trigger-point-therapy",
    evidence: [/if muscles play a part, easing these spots may help some people/i],
  },
  {
    fact: "whether massage treats the cause depends on the cause",
    concept: "sciatica",
    evidence: [
      /knowing the cause helps you choose care/i,
      /massage may ease pain\. but it does not change the disc/i,
    ],
  },
  {
    fact: "massage will not reverse a disc herniation or spinal stenosis",
    concept: "massage-therapy",
    evidence: [/does not heal a slipped disc or widen a narrow spine/i],
  },
  {
    fact: "massage can make pain worse if pressure is too aggressive",
    concept: "massage-therapy",
    evidence: [/too much pressure can flare up nerve pain/i],
  },
  {
    fact: "massage is not a safe first step when a condition needs medical assessment",
    concept: "cauda-equina-syndrome",
    evidence: [/do not try massage, stretches or rest first/i],
  },
  {
    fact: "sharp pain, spreading numbness or worsening weakness is a stop sign",
    concept: "muscle-guarding",
    evidence: [/stop if you get sharp pain, numbness that spreads, or weakness that gets worse/i],
  },
  {
    fact: "some people feel change quickly; others need time",
    concept: "massage-therapy",
    evidence: [/some people feel a change quickly/i, /others need more time/i],
  },
  {
    fact: "there is no one best technique for everyone",
    concept: "massage-therapy",
    evidence: [/no single best style for everyone/i],
  },
  {
    fact: "common approaches: trigger point, myofascial release, deep tissue and Swedish massage",
    concept: "massage-therapy",
    evidence: [/trigger point work/i, /myofascial release/i, /deep tissue work/i, /swedish massage/i],
  },
  {
    fact: "massage can be combined with physiotherapy",
    concept: "physiotherapy",
    evidence: [/you can combine physio with massage/i],
  },
  {
    fact: "results are often better when massage supports movement and exercise-based rehab",
    concept: "physiotherapy",
    evidence: [/many people do best when massage eases pain enough for them to move and exercise/i],
  },

  // Key topics and quick facts
  {
    fact: "sciatica often follows a clear nerve pathway down one leg",
    concept: "radiating-leg-pain",
    evidence: [/pain that follows a clear path down one leg/i],
  },
  {
    fact: "sciatica can be driven by the spine or by muscle-related sensitivity",
    concept: "piriformis-syndrome",
    evidence: [
      /most often starts in the back, usually from a disc/i,
      /problem would be in the buttock, not in the spine/i,
    ],
  },
  {
    fact: "radiculopathy is the medical word for nerve root irritation or compression",
    concept: "radiculopathy",
    evidence: [/the medical word for a nerve root that is irritated or squeezed/i, /same as sciatica/i],
  },
  {
    fact: "low back pain and sciatica often come together",
    concept: "low-back-pain",
    evidence: [/low back pain and sciatica often come together/i],
  },
  {
    fact: "physical therapy is the same as physiotherapy",
    concept: "physiotherapy",
    evidence: [/also called a physical therapist/i],
  },
  {
    fact: "aggressive pressure that provokes sharp, radiating pain is not helpful",
    concept: "severe-unrelenting-pain",
    evidence: [/firm pressure that sends sharp pain down the leg is not helpful/i],
  },
  {
    fact: "best outcomes combine massage with graded exercise and load changes",
    concept: "manual-therapy",
    evidence: [
      /works best as one part of a plan/i,
      /exercise that builds up step by step/i,
      /changes to daily load/i,
    ],
  },
  {
    fact: "red flags need medical assessment",
    concept: "sciatica",
    evidence: [
      /get medical help now/i,
      /if you have a fever, lose weight without trying/i,
      /check you the same day/i,
    ],
  },
];

/** The entry's text with every run of whitespace read as one space. */
const flatText = (id: string): string => textOf(id).replace(/\s+/g, " ");

describe("seed article 000_2e257392218be23a: every fact is in the knowledge base", () => {
  it("lists at least 60 facts, each tied to an entry that exists, with case-insensitive evidence", () => {
    expect(SEED_FACTS.length).toBeGreaterThanOrEqual(60);
    for (const { fact, concept, evidence } of SEED_FACTS) {
      expect(byId.has(concept), `"${fact}" points to unknown concept "${concept}"`).toBe(true);
      expect(evidence.length, `"${fact}" has no evidence`).toBeGreaterThan(0);
      for (const re of evidence) expect(re.flags, `${re} in "${fact}"`).toContain("i");
    }
    expect(new Set(SEED_FACTS.map((f) => f.fact)).size, "facts are distinct").toBe(SEED_FACTS.length);
  });

  it.each(SEED_FACTS)("$fact ($concept)", ({ concept, evidence }) => {
    const text = flatText(concept);
    for (const re of evidence) expect(text, `${concept} does not match ${re}`).toMatch(re);
  });
});
