// Prints three reading grades (Flesch-Kincaid, SMOG, Coleman-Liau) for every section of every
// concept entry, so a writer can see which sections long words push up, not only long sentences.
//   npx tsx scripts/readability-report.ts                    one line per section, then the medians
//   npx tsx scripts/readability-report.ts --save before.json keep the figures for a later comparison
//   npx tsx scripts/readability-report.ts --compare before.json   before -> after, per section
import { readFileSync, writeFileSync } from "node:fs";
import readability from "text-readability";
import { proseOf } from "../content/readability";
import { loadEntries } from "./load-content";

// content/text-readability.d.ts declares only the grade the build checks; these two also exist in
// the library (main.js), so this report names them here instead of widening the shared declaration.
const formulas = readability as unknown as {
  fleschKincaidGrade(text: string): number;
  smogIndex(text: string): number;
  colemanLiauIndex(text: string): number;
};

type Scores = { fk: number; smog: number; cli: number };
type Report = Record<string, Scores>;

const round = (n: number): number => Math.round(n * 10) / 10;

function scoresOf(markdown: string): Scores {
  const prose = proseOf(markdown);
  return {
    fk: round(formulas.fleschKincaidGrade(prose)),
    smog: round(formulas.smogIndex(prose)),
    cli: round(formulas.colemanLiauIndex(prose)),
  };
}

function buildReport(): Report {
  const report: Report = {};
  for (const entry of loadEntries()) {
    const parts: Record<string, string | undefined> = {
      summary: entry.summary,
      caveat: entry.caveat,
      ...entry.sections,
    };
    for (const [key, text] of Object.entries(parts)) {
      if (text) report[`${entry.id}.${key}`] = scoresOf(text);
    }
  }
  return report;
}

const mean = (values: number[]): number =>
  round(values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function summaryLine(label: string, report: Report): string {
  const rows = Object.values(report);
  // SMOG needs three sentences; the library gives 0 below that, so those sections are left out of it.
  const smog = rows.map((r) => r.smog).filter((v) => v > 0);
  const fk = rows.map((r) => r.fk);
  const cli = rows.map((r) => r.cli);
  const over = (values: number[]): number => values.filter((v) => v > 8).length;
  return (
    `${label}: ${rows.length} sections (${smog.length} with a SMOG score); ` +
    `median FK ${median(fk)}, SMOG ${median(smog)}, CLI ${median(cli)}; ` +
    `mean FK ${mean(fk)}, SMOG ${mean(smog)}, CLI ${mean(cli)}; ` +
    `above 8: FK ${over(fk)}, SMOG ${over(smog)}, CLI ${over(cli)}`
  );
}

const fmt = (s: Scores): string => `FK ${s.fk} SMOG ${s.smog} CLI ${s.cli}`;

const args = process.argv.slice(2);
const report = buildReport();
const saveAt = args.indexOf("--save");
const compareAt = args.indexOf("--compare");

if (saveAt >= 0) {
  writeFileSync(args[saveAt + 1], JSON.stringify(report, null, 1));
  console.log(`saved ${Object.keys(report).length} sections to ${args[saveAt + 1]}`);
} else if (compareAt >= 0) {
  const before = JSON.parse(readFileSync(args[compareAt + 1], "utf8")) as Report;
  for (const [where, after] of Object.entries(report)) {
    const old = before[where];
    if (!old) console.log(`${where}: new  ${fmt(after)}`);
    else if (old.fk !== after.fk || old.smog !== after.smog || old.cli !== after.cli)
      console.log(`${where}: ${fmt(old)}  ->  ${fmt(after)}`);
  }
  const shared = Object.fromEntries(Object.entries(before).filter(([k]) => k in report));
  console.log(summaryLine("before (same sections)", shared));
  console.log(
    summaryLine("after  (same sections)", Object.fromEntries(Object.keys(shared).map((k) => [k, report[k]]))),
  );
  console.log(summaryLine("after  (all sections)", report));
  // "When to get help" is written from the single source of urgent advice, not in the prose edits.
  const prose = (r: Report): Report =>
    Object.fromEntries(Object.entries(r).filter(([k]) => k in shared && !k.endsWith(".whenToGetHelp")));
  console.log(summaryLine("before (same, without When to get help)", prose(before)));
  console.log(summaryLine("after  (same, without When to get help)", prose(report)));
} else {
  for (const [where, s] of Object.entries(report)) console.log(`${where}: ${fmt(s)}`);
  console.log(summaryLine("all", report));
}
