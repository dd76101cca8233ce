// Plain search words for a surface form: its grammar spelled out, with a cap so no form floods the index.

const MAX_PER_FORM = 12;

function expand(form: string): string[] {
  const group = /\(([^()]*)\)(\?)?/.exec(form);
  if (!group) return [form];
  const options = group[1].split("|");
  if (group[2]) options.push("");
  const out: string[] = [];
  for (const option of options) {
    for (const rest of expand(
      form.slice(0, group.index) + option + form.slice(group.index + group[0].length),
    )) {
      out.push(rest);
      if (out.length >= MAX_PER_FORM) return out;
    }
  }
  return out;
}

export function searchTermsOf(form: string): string[] {
  return expand(form.replace(/\{level\}/g, "L5"))
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 1);
}
