// Concepts count only in their own sense: labelled snippets of real NIH patient-education text from
// MedQuAD (shared/corpora/medquad, CC BY 4.0), found with `npm run report:medquad -- --concept <id>`.
// Where a snippet starts with "Sciatica.", that word was added as an anchor, so the page rule cannot
// be what hides (or shows) the concept: the sense rules must decide.
import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { loadEntries } from "../../scripts/load-content";

interface Case {
  text: string;
  concept: string;
  expected: boolean;
  why: string;
}

const CASES: Case[] = [
  // Wrong sense: the words look alike but mean something else.
  {
    text: "Sciatica. Doctors also prescribe these medicines for mitral stenosis or other valve defects that raise the risk of blood clots.",
    concept: "spinal-stenosis",
    expected: false,
    why: "a heart valve narrowing; anchor added",
  },
  {
    text: "Sciatica. Arrhythmia - Asymmetric septal hypertrophy - Autosomal dominant inheritance - Congestive heart failure - Subaortic stenosis - Sudden death",
    concept: "spinal-stenosis",
    expected: false,
    why: "a narrowing below the aortic valve; anchor added",
  },
  {
    text: "Sciatica. The signs and symptoms of AGID may include achalasia,gastroparesis, hypertrophic pyloric stenosis, intestinal pseudo-obstruction, megacolon and anal spasm.",
    concept: "spinal-stenosis",
    expected: false,
    why: "a narrowing of the stomach outlet; anchor added",
  },
  {
    text: "Sciatica. Renal artery stenosis is the narrowing of one or both renal arteries.",
    concept: "spinal-stenosis",
    expected: false,
    why: "a kidney artery narrowing; anchor added",
  },
  {
    text: "Sciatica. LDH levels that are higher than normal may be a sign of melanoma.",
    concept: "disc-herniation",
    expected: false,
    why: "LDH here is lactate dehydrogenase, a blood test; anchor added",
  },
  {
    text: "Sciatica. The level of AFP is normal. -hCG and LDH may be at any level. Poor Prognosis",
    concept: "disc-herniation",
    expected: false,
    why: "LDH as a tumour marker, not lumbar disc herniation; anchor added",
  },
  {
    text: "Sciatica. Vertebral instability due to acute traumatic injury or cervical disc herniation is often treated by surgery to prevent further damage to the spinal cord.",
    concept: "disc-herniation",
    expected: false,
    why: "a disc in the neck, not the lumbar disc of this entry; anchor added",
  },
  {
    text: "Sciatica. If this doesn't relieve pain, a doctor may recommend thoracic outlet decompression surgery to release or remove the structures causing compression of the nerve or artery.",
    concept: "discectomy",
    expected: false,
    why: "decompression at the neck and shoulder, not spinal surgery; anchor added",
  },
  {
    text: "Rest and ice Oral pain medications Steroid injections Local anesthetics Physical therapy Immobilization Orthotic devices Decompression surgery",
    concept: "discectomy",
    expected: false,
    why: "tarsal tunnel release; bare 'decompression surgery' is contextual and this page has no anchor",
  },
  {
    text: "Surgical decompression might additionally be combined with stent placement, angioplasty, or vascular reconstruction of the celiac artery.",
    concept: "discectomy",
    expected: false,
    why: "freeing the celiac artery; bare 'surgical decompression' is contextual and this page has no anchor",
  },
  {
    text: "Sciatica. Hand problems include - Carpal tunnel syndrome - compression of a nerve as it goes through the wrist, often making your fingers feel numb",
    concept: "nerve-root-compression",
    expected: false,
    why: "a nerve squeezed at the wrist, not a spinal nerve root; anchor added",
  },
  {
    text: "Sciatica. Others, like Guillain-Barre syndrome, happen after a virus infection. Still others are from nerve compression, like carpal tunnel syndrome or thoracic outlet syndrome.",
    concept: "nerve-root-compression",
    expected: false,
    why: "peripheral entrapment, not a nerve root; anchor added",
  },
  {
    text: "Sciatica. Eye drops are used to numb the eye and a small probe that sends and receives sound waves is placed gently on the surface of the eye.",
    concept: "numbness",
    expected: false,
    why: "'to numb' as local anaesthesia, not a symptom; anchor added",
  },
  {
    text: "Sciatica. In some cases, cold packs (bags of ice or frozen vegetables wrapped in a towel), which reduce inflammation, can relieve pain or numb the sore area.",
    concept: "numbness",
    expected: false,
    why: "ice used to numb, not loss of feeling; anchor added",
  },
  {
    text: "Sciatica. Carpal tunnel syndrome develops in many children with this disorder and is characterized by numbness, tingling, and weakness in the hand and fingers.",
    concept: "numbness",
    expected: false,
    why: "numbness of the hand, not the leg or foot; anchor added",
  },
  {
    text: "Sciatica. Carpal tunnel syndrome develops in many children with this disorder and is characterized by numbness, tingling, and weakness in the hand and fingers.",
    concept: "tingling",
    expected: false,
    why: "tingling of the hand, not the leg or foot; anchor added",
  },
  {
    text: "Sciatica. - Weakness or dizziness - Sweating - Feeling hot or a cold chill - Tingly or numb hands Panic attacks can happen anytime, anywhere, and without warning.",
    concept: "tingling",
    expected: false,
    why: "tingling hands in a panic attack; anchor added",
  },
  {
    text: "Sciatica. Symptoms may include numbness, tingling, aching, swelling of the extremity and fingers, and weakness of the neck or arm.",
    concept: "leg-weakness",
    expected: false,
    why: "weakness of the neck or arm; anchor added",
  },
  {
    text: "Sciatica. - Nausea and vomiting. - General weakness or weakness on one side of the face. - Unusual sleepiness or change in energy level.",
    concept: "leg-weakness",
    expected: false,
    why: "whole-body and facial weakness, not a leg; anchor added",
  },
  {
    text: "Sciatica. Hyperparathyroidism, an endocrine disorder characterized by weakness and fatigue, can also occur as a result of treatment, and doses may be modified to manage this secondary complication.",
    concept: "leg-weakness",
    expected: false,
    why: "general tiredness and weakness; anchor added",
  },
  {
    text: "Sciatica. Laing distal myopathy is a slowly progressive muscle disorder that tends to begin in childhood.",
    concept: "progressive-weakness",
    expected: false,
    why: "the name of a muscle disease, not weakness getting worse; anchor added",
  },
  {
    text: "Sciatica. Depending on the part of the brain that is damaged, a stroke can cause - sudden weakness or numbness of your face, arm, or leg on one side of your body",
    concept: "progressive-weakness",
    expected: false,
    why: "a stroke warning sign, not a nerve root getting worse; anchor added",
  },
  {
    text: "Sciatica. Management may include physical therapy and rehabilitation for motor dysfunction (mainly spasticity and ataxia); and anti-seizure medications for seizures.",
    concept: "nerve-pain-medicines",
    expected: false,
    why: "given for seizures, not nerve pain; anchor added",
  },
  {
    text: "Sciatica. Recurrent seizures (epilepsy) develop in infancy or early childhood. In many cases, the seizures are resistant to treatment with anti-epileptic drugs.",
    concept: "nerve-pain-medicines",
    expected: false,
    why: "epilepsy treatment, not nerve pain; anchor added",
  },
  {
    text: "Sciatica. A health care provider is unable to massage the hernia back into the abdomen.",
    concept: "massage-therapy",
    expected: false,
    why: "pushing a hernia back in by hand; anchor added",
  },
  {
    text: "Sciatica. A health care provider can often move them back into the abdomen with gentle massage.",
    concept: "swedish-massage",
    expected: false,
    why: "pushing a hernia back in by hand, not a massage style; anchor added",
  },
  {
    text: "Sciatica. - megacolona serious complication that occurs when inflammation spreads to the deep tissue layers of the large intestine.",
    concept: "deep-tissue-massage",
    expected: false,
    why: "deep layers of the bowel wall; anchor added",
  },
  {
    text: "Sciatica. In older adults, sick sinus syndrome is often associated with age-related changes in the heart.",
    concept: "degenerative-changes",
    expected: false,
    why: "ageing of the heart, not the spine; anchor added",
  },
  {
    text: "Sciatica. Ankylosing spondylitis is a type of arthritis of the spine. It causes inflammation between your vertebrae, which are the bones that make up your spine, and in the joints between your spine and pelvis.",
    concept: "degenerative-changes",
    expected: false,
    why: "inflammatory arthritis, not wear-related change; anchor added",
  },
  {
    text: "Sciatica. Usually men with Peyronies disease are referred to a urologista doctor who specializes in sexual and urinary problems.",
    concept: "bladder-bowel-changes",
    expected: false,
    why: "what a urologist treats, not a symptom; anchor added",
  },

  {
    text: "Sciatica. Summary : No matter how well you have prepared, you might feel dazed or numb after going through a disaster.",
    concept: "numbness",
    expected: false,
    why: "numb with shock, not loss of feeling; anchor added",
  },
  {
    text: "Sciatica. Diabetes mellitus; obesity; exposure to high heat (such as a fever or use of a hot tub or sauna) in early pregnancy; and the use of certain anti-seizure medications during pregnancy.",
    concept: "nerve-pain-medicines",
    expected: false,
    why: "a risk in pregnancy, not nerve-pain treatment; anchor added",
  },

  // Right sense: the concept as this entry means it (sometimes on a page that is not about sciatica).
  {
    text: "A potentially serious complication of achondroplasia is spinal stenosis, which is a narrowing of the spinal canal that can pinch (compress) the upper part of the spinal cord.",
    concept: "spinal-stenosis",
    expected: true,
    why: "spinal stenosis in a growth disorder is still spinal stenosis",
  },
  {
    text: "Sciatica. This delayed presentation of symptoms is related to the degree of strain placed on the spinal cord over time and may be exacerbated during sports or pregnancy, or may be due to narrowing of the spinal column (stenosis) with age.",
    concept: "spinal-stenosis",
    expected: true,
    why: "bare 'stenosis' of the spinal column; contextual, anchor added",
  },
  {
    text: "It is characterized by intervertebral disc herniation and/or sciatic pain (sciatica) and is a primary cause of low back pain, affecting about 5% of individuals.",
    concept: "disc-herniation",
    expected: true,
    why: "a lumbar disc herniation",
  },
  {
    text: "Sciatica. A recent prospective multicenter trial called STASCIS is exploring whether performing decompression surgery early (less than 24 hours following injury) can improve outcomes for patients with bone fragments or other tissues pressing on the spinal cord.",
    concept: "decompression-surgery",
    expected: true,
    why: "spinal decompression surgery; the bare form is contextual, anchor added",
  },
  {
    text: "If spinal stenosis (narrowing of the spine) is present, a procedure called a laminectomy may be considered.",
    // shared/concepts.md: a page's "laminectomy" may list discectomy, decompression-surgery or both.
    concept: "decompression-surgery",
    expected: true,
    why: "laminectomy for spinal stenosis",
  },
  {
    text: 'A "pinched nerve" frequently is associated with pain in the neck or lower back. This type of pain can be caused by inflammation or pressure on the nerve root as it exits the spine.',
    concept: "nerve-root-compression",
    expected: true,
    why: "pressure on a spinal nerve root",
  },
  {
    text: "Symptoms of this condition are lower back pain, abdominal pain, headache, and numbness in the legs.",
    concept: "numbness",
    expected: true,
    why: "numb legs; 'lower back pain' is the anchor (Marfan syndrome page)",
  },
  {
    text: "Compression of the sciatic nerve causes pain-frequently described as tingling or numbness-in the buttocks and along the nerve, often down to the leg.",
    concept: "tingling",
    expected: true,
    why: "tingling along the sciatic nerve; 'sciatic nerve' is the anchor",
  },
  {
    text: "Spinal stenosis is associated with pain, tingling, and weakness in the legs that can cause difficulty with walking.",
    concept: "leg-weakness",
    expected: true,
    why: "weakness in the legs; 'spinal stenosis' is the anchor",
  },
  {
    text: 'Sciatica. Common symptoms may include foot drop, foot deformity, loss of lower leg muscle, numbness in the foot or leg, slapping" gait (feet hit the floor hard when walking), and weakness of the hips, legs, or feet.',
    concept: "foot-drop",
    expected: true,
    why: "foot drop in Charcot-Marie-Tooth disease is still the symptom; contextual, anchor added",
  },
  {
    text: "Sciatica. The hallmark of PLS is progressive weakness and spasticity of voluntary muscles.",
    concept: "progressive-weakness",
    expected: true,
    why: "weakness that gets worse; contextual, anchor added",
  },
  {
    text: "Sciatica. Treatment with medications such as gabapentin or pregabalin and the use of short-acting opioids and/or nonsteroidal anti-inflammatories for pain can be successful for many patients.",
    concept: "nerve-pain-medicines",
    expected: true,
    why: "gabapentinoids for nerve pain; contextual, anchor added",
  },
  {
    text: "Sciatica. Tricyclic antidepressants such as amitriptyline or nortriptyline are used to treat pain described as constant, burning, or aching.",
    concept: "nerve-pain-medicines",
    expected: true,
    why: "tricyclics for nerve pain; contextual, anchor added",
  },
  {
    text: "Sciatica. Treatment can help control symptoms. It includes exercise, compression devices, skin care, and massage.",
    concept: "massage-therapy",
    expected: true,
    why: "massage for lymphoedema is still massage; contextual, anchor added",
  },
  {
    text: "Sciatica. For mild cases gentle massage of the arm and range-of-motion exercises may be recommended.",
    concept: "swedish-massage",
    expected: true,
    why: "gentle massage is still gentle massage; contextual, anchor added",
  },
  {
    text: "Degeneration of the discs that separate the bones of the spine (vertebrae), often affecting the neck, is a common finding.",
    concept: "degenerative-changes",
    expected: true,
    why: "disc degeneration",
  },
  {
    text: "Sciatica. Tethered spinal cord syndrome may go undiagnosed until adulthood, when pain, sensory and motor problems, and loss of bowel and bladder control emerge.",
    concept: "bladder-bowel-changes",
    expected: true,
    why: "loss of bladder and bowel control from a tethered spinal cord; contextual, anchor added",
  },
  {
    text: "Neurological complications of AS may include an inability to control urination and bowel movements (incontinence), and the absence of normal reflexes in the ankles due to pressure on the lower portion of the spinal cord (cauda equina).",
    concept: "cauda-equina-syndrome",
    expected: true,
    why: "cauda equina compression, a real complication of ankylosing spondylitis",
  },
  {
    text: "Brown-Sequard syndrome may be caused by a spinal cord tumor, trauma (such as a puncture wound to the neck or back), obstructed blood vessel, or infectious or inflammatory diseases such as tuberculosis, or multiple sclerosis.",
    concept: "spinal-tumour",
    expected: true,
    why: "a growth in the spine; right sense even on a page that is not about sciatica",
  },
  {
    text: "Sciatica. Tarlov cysts can be diagnosed using magnetic resonance imaging (MRI); however, it is estimated that the majority of the cysts observed by MRI cause no symptoms.",
    concept: "mri-scan",
    expected: true,
    why: "MRI of the spine; contextual, anchor added",
  },
  {
    text: "Sciatica. Nonsteroidal anti-inflammatory drugs (NSAIDs) or corticosteroids may be recommended to help alleviate pain.",
    concept: "anti-inflammatories",
    expected: true,
    why: "NSAIDs for a pinched nerve; contextual, anchor added",
  },
  {
    text: "Doctors diagnose spinal stenosis with a physical exam and imaging tests. Treatments include medications, physical therapy, braces, and surgery.",
    concept: "physiotherapy",
    expected: true,
    why: "physical therapy; 'spinal stenosis' is the anchor",
  },
  {
    text: "Other studies are comparing different health care approaches to the management of acute low back pain (standard care versus chiropractic, acupuncture, or massage therapy).",
    concept: "acupuncture",
    expected: true,
    why: "acupuncture for low back pain; 'low back pain' is the anchor",
  },
  {
    text: "Other studies are comparing different health care approaches to the management of acute low back pain (standard care versus chiropractic, acupuncture, or massage therapy).",
    concept: "chiropractic",
    expected: true,
    why: "chiropractic for low back pain; 'low back pain' is the anchor",
  },
  {
    text: "They include - Pain in your neck or back - Numbness, weakness, cramping, or pain in your arms or legs - Pain going down the leg - Foot problems Doctors diagnose spinal stenosis with a physical exam and imaging tests.",
    concept: "radiating-leg-pain",
    expected: true,
    why: "pain going down the leg; 'spinal stenosis' is the anchor",
  },
  {
    text: "These cysts (also known as meningeal or perineural cysts) can compress nerve roots, causing lower back pain, sciatica (shock-like or burning pain in the lower back, buttocks, and down one leg to below the knee), urinary incontinence",
    concept: "sciatica",
    expected: true,
    why: "sciatica caused by Tarlov cysts",
  },
  {
    text: "Spinal Cord Tumor Signs and Symptoms - Back pain or pain that spreads from the back towards the arms or legs. - A change in bowel habits or trouble urinating. - Weakness in the legs.",
    concept: "spinal-tumour",
    expected: true,
    why: "a spinal cord tumour in a children's cancer summary: right sense, though not a sciatica page",
  },
  {
    text: "Piriformis syndrome is a rare neuromuscular disorder that occurs when the piriformis muscle compresses or irritates the sciatic nerve-the largest nerve in the body.",
    concept: "sciatic-nerve",
    expected: true,
    why: "the sciatic nerve itself",
  },
  {
    text: "Sciatica. Most individuals with late-onset Pompe disease experience progressive muscle weakness, especially in the legs and the trunk, including the muscles that control breathing.",
    concept: "progressive-weakness",
    expected: true,
    why: "weakness getting worse, in the legs; contextual, anchor added",
  },
  {
    text: "Milder skeletal features are common. Vertebral features may include spondylolisthesis, mild to moderate scoliosis, and/or lordosis.",
    concept: "spondylolisthesis",
    expected: true,
    why: "a slipped vertebra in a rare bone disease is still spondylolisthesis",
  },
  {
    text: "Sciatica. Exercise therapy to strengthen the muscles and maintain joint motion also helps to improve gait.",
    concept: "graded-exercise",
    expected: true,
    why: "strengthening exercise for foot drop; contextual, anchor added",
  },
  {
    text: "Sciatica. Abdominal or pelvic cramping - Lower back pain - Bloating and sore breasts - Food cravings - Mood swings",
    concept: "low-back-pain",
    expected: true,
    why: "period pain in the low back is still low back pain (an anchor, so it shows on this page)",
  },
  // Medicines and procedures (issue 12): the same words used for a tumour, a nerve in the face,
  // bones joined from birth, or another kind of pulling.
  {
    text: "Sciatica. Different types of ablation therapy are used for liver cancer: Radiofrequency ablation: The use of special needles that are inserted directly through the skin or through an incision in the abdomen to reach the tumor.",
    concept: "radiofrequency-denervation",
    expected: false,
    why: "heat ablation of a liver tumour; anchor added",
  },
  {
    text: "Sciatica. A rhizotomy for trigeminal neuralgia causes some degree of permanent sensory loss and facial numbness.",
    concept: "radiofrequency-denervation",
    expected: false,
    why: "a rhizotomy of the nerve to the face; anchor added",
  },
  {
    text: "Sciatica. Divers can also get decompression sickness, which affects the whole body.",
    concept: "decompression-surgery",
    expected: false,
    why: "decompression sickness of divers; anchor added",
  },
  {
    text: "Sciatica. Symptoms may include back pain and chronic traction injury to 4th/5th/6th intercostal nerves with resultant loss of nipple sensation.",
    concept: "traction",
    expected: false,
    why: "a nerve stretched by heavy breasts, not spinal traction; anchor added",
  },
  {
    text: "Sciatica. A urologist may use mechanical traction and vacuum devices aimed at stretching or bending the penis to reduce curvature.",
    concept: "traction",
    expected: false,
    why: "traction of the penis in Peyronie's disease; anchor added",
  },
  {
    text: "Sciatica. Treatments may include medicines, braces or traction to stabilize the spine, and surgery.",
    concept: "traction",
    expected: false,
    why: "traction to hold an injured spine still, not a treatment for sciatica; anchor added",
  },
  {
    text: "Sciatica. Short neck - Short nose - Short stature - Vertebral fusion - Wide nasal bridge",
    concept: "spinal-fusion",
    expected: false,
    why: "bones joined from birth in a syndrome, not the operation; anchor added",
  },
  {
    text: "Abnormal vertebral segmentation and fusion 90% Cervical vertebral fusion (C2/C3) 90% Facial asymmetry 90%",
    concept: "spinal-fusion",
    expected: false,
    why: "Klippel-Feil neck vertebrae joined from birth",
  },
  {
    text: "If surgery is necessary, surgical procedures may include discectomy or spinal fusion.",
    concept: "spinal-fusion",
    expected: true,
    why: "the operation, for disc disease",
  },
  {
    text: "Sciatica. Transcutaneous electrical nerve stimulation (TENS). TENS is a technique that uses a small electronic device to direct mild electric pulses to nerve endings that lie beneath the skin in the painful area.",
    concept: "tens",
    expected: true,
    why: "the TENS device; contextual, anchor added",
  },
  {
    text: "Sciatica. Motor and sensory nerve conduction studies. These tests use a low amount of electrical current to test how quickly nerves carry signals through the body.",
    concept: "nerve-conduction-tests",
    expected: true,
    why: "the nerve test itself; contextual, anchor added",
  },
  {
    text: "Treatments may include physical therapy, sympathetic nerve block, spinal cord stimulation, and intrathecal drug pumps to deliver opioids and local anesthetic agents.",
    concept: "spinal-cord-stimulator",
    expected: true,
    why: "the implanted stimulator, for a pain syndrome",
  },
  {
    text: "These joints are called sacroiliac joints, and inflammation of these joints is known as sacroiliitis.",
    concept: "sacroiliac-joint-pain",
    expected: true,
    why: "an inflamed sacroiliac joint (sacroiliitis) is an anchor form",
  },
  {
    text: "Sciatica. Medications used include opioids and opioidlike drugs, such as controlled-release oxycodone, an opioid; and tramadol (Ultram).",
    concept: "opioids",
    expected: true,
    why: "opioid painkillers for nerve pain; contextual, anchor added",
  },
  {
    text: "Opioids and opioidlike drugs, such as controlled-release oxycodone, an opioid; and tramadol (Ultram), may be used for pain.",
    concept: "opioids",
    expected: false,
    why: "contextual: without any sciatica anchor on the page, opioids are not shown",
  },
  {
    text: "Sciatica. However, a brief course of high-dose corticosteroids, such as Prednisone, started within the first 24 hours of a flare-up, may help reduce the swelling.",
    concept: "oral-steroids",
    expected: true,
    why: "a short course of steroid tablets; contextual, anchor added",
  },
  // Imaging-report words (issue 12).
  {
    text: "Sciatica. Even large protrusions can often be removed without causing major functional disability.",
    concept: "disc-protrusion",
    expected: false,
    why: "a skull protrusion in encephalocele, not a disc; anchor added",
  },
  {
    text: "Sciatica. Removal of loose pieces of bone and cartilage from the joint if they are causing symptoms.",
    concept: "disc-extrusion",
    expected: false,
    why: "loose pieces in an arthritic joint, not a disc fragment; anchor added",
  },
  {
    text: "Sciatica. Severe dehydration may require intravenous fluids and hospitalization.",
    concept: "disc-desiccation",
    expected: false,
    why: "the body losing water, not a dried-out disc; anchor added",
  },
  {
    text: "Other less common causes include nerve damage, cysts such as Tarlov cysts, obesity, and a bursitis like condition.",
    concept: "tarlov-cyst",
    expected: true,
    why: "a Tarlov cyst named as a cause of tailbone pain",
  },
  {
    text: "These cysts (also known as meningeal or perineural cysts) can compress nerve roots, causing lower back pain.",
    concept: "tarlov-cyst",
    expected: true,
    why: "perineural cyst is the other name for a Tarlov cyst",
  },
  // Issue 18: other body regions and other senses (real MedQuAD sentences; the anchor added).
  {
    text: "Sciatica. Regional - blocks pain in an area of the body, such an arm or leg. A common type is epidural anesthesia, which is often used during childbirth.",
    concept: "epidural-steroid-injection",
    expected: false,
    why: "an epidural for childbirth is anaesthesia, not a steroid injection",
  },
  {
    text: "Sciatica. This procedure may straighten the penis and restore some lost length from Peyronies disease. However, some men may experience numbness of the penis and ED after the procedure.",
    concept: "saddle-numbness",
    expected: false,
    why: "numbness after penile surgery, not from the spine",
  },
  {
    text: "Sciatica. The excruciating pain of GN can last for a few seconds to a few minutes.",
    concept: "severe-unrelenting-pain",
    expected: false,
    why: "severe but brief face pain: severity alone is not the sign",
  },
  {
    text: "Sciatica. Uncomfortable feelings, often described as crawling, pulling, or itching, deep within both legs. The feelings usually occur while the affected person is sitting or lying down.",
    concept: "bilateral-leg-symptoms",
    expected: false,
    why: "restless legs, not sciatica in both legs",
  },
  {
    text: "Sciatica. The condition may affect one or both legs. Some cases are isolated birth defects.",
    concept: "bilateral-leg-symptoms",
    expected: false,
    why: "a bone condition of one or both legs, not symptoms in both",
  },
  {
    text: "Sciatica. Symptoms of this condition include: Loss of bladder or bowel control Partial or complete lack of sensation",
    concept: "bladder-bowel-changes",
    expected: true,
    why: "the noun shared by two words: bladder or bowel control",
  },
];

const path = compilePath(loadEntries());
const ids = path.matcher.vocabulary.concepts.map((c) => c.id);
const conceptsIn = (text: string): string[] => findConcepts(path, text).map((m) => ids[m.concept]);

describe("MedQuAD regression: concepts only in their own sense", () => {
  it("has enough cases of each kind, all for known concepts", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => c.expected).length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((c) => !c.expected).length).toBeGreaterThanOrEqual(20);
    for (const c of CASES) expect(ids).toContain(c.concept);
  });

  it.each(CASES)("$concept: $why", ({ text, concept, expected }) => {
    const found = conceptsIn(text);
    // With an anchor added, the page rule is met, so only the sense rules can hide the concept.
    if (text.startsWith("Sciatica.")) expect(found).toContain("sciatica");
    expect(found.includes(concept)).toBe(expected);
  });
});
