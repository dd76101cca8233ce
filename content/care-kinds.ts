// Suggestions for the "kind of care" of a logged session. People may type anything; these keep the names
// of the same care the same, so its sessions are counted together at the checkpoint.
export const CARE_SUGGESTIONS: readonly string[] = [
  "Massage: Swedish",
  "Massage: deep tissue",
  "Massage: trigger point",
  "Massage: myofascial release",
  "Massage: neuromuscular",
  "Massage: hot stone",
  "Physiotherapy",
  "Exercises at home",
  "Chiropractic",
  "Osteopathy",
  "Acupuncture",
];

/** Two names are the same kind of care when they differ only in case and spacing. */
export const careKey = (care: string): string => care.trim().replace(/\s+/g, " ").toLowerCase();
