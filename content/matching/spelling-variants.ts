// US/UK spellings and other regular variants, added to surface forms so writers list each word once.
// Each rule only ever adds alternatives, so a rule that fires on an unexpected word cannot lose a match.

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdis[ck](?=s?\b|ectom|ogen)/g, "(disc|disk)"],
  [/tumou?r/g, "(tumour|tumor)"],
  [/(an|par)a?esthe/g, "$1(aesthe|esthe)"],
  [/([a-z]{3})i[sz](ation|e|ed|es|ing)\b/g, "$1(is|iz)$2"],
  [/\boe?dema/g, "(oedema|edema)"],
  [/orthopa?edic/g, "(orthopaedic|orthopedic)"],
  [/\bha?em(?=at|or|o)/g, "(haem|hem)"],
  [/centre\b/g, "(centre|center)"],
  [/\bprogram(me)?\b/g, "(programme|program)"],
  [/labou?r\b/g, "(labour|labor)"],
  [/manoeuvre|maneuver/g, "(manoeuvre|maneuver)"],
  [/\bageing\b|\baging\b/g, "(ageing|aging)"],
  [/\bfibre|\bfiber/g, "(fibre|fiber)"],
  [/\bcolou?r/g, "(colour|color)"],
];

/** Rewrites the literal words of a form into grammar alternatives for their regular variants. */
export function addSpellingVariants(form: string): string {
  // Only rewrite outside existing groups' syntax characters' meaning: rules emit (a|b) groups.
  let out = form;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
