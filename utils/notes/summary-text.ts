import type { Summary } from "./summary";

/** The summary as plain text, for pasting into an email or a message to a therapist. */
export function summaryText(summary: Summary): string {
  const out = [summary.title.toUpperCase(), summary.made];
  for (const section of summary.sections) {
    out.push("", section.title.toUpperCase());
    for (const line of section.lines) {
      const link = line.href ? ` (${line.href})` : "";
      out.push(`${line.checkbox ? "[ ] " : "- "}${line.text}${link}`);
    }
  }
  out.push("", summary.footer);
  return `${out.join("\n")}\n`;
}
