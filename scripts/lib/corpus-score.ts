// Scoring a labelled corpus: the same counts for the pages in Chromium and Firefox, the reports on the
// Explain page and the quick Node check (scripts/score-fixtures.ts). Pure: labels and found ids in,
// counts out.

/** A text's label: `must` be found, `may` be found (borderline), `mustNot` be found (another sense). */
export interface Label {
  readonly must: readonly string[];
  readonly may: readonly string[];
  readonly mustNot?: readonly string[];
}

export interface Tally {
  /** Labelled `must` and found. */
  found: number;
  /** Labelled `must` and not found. */
  missed: number;
  /** Found and labelled neither `must` nor `may` (the `mustNot` ones among them). */
  wrong: number;
  /** Found though labelled `mustNot`: the wrong ones a label named in advance. */
  forbidden: number;
}

export interface TextScore {
  readonly missed: string[];
  readonly wrong: string[];
  readonly forbidden: string[];
}

/** What one text's found ids got right and wrong against its label. */
export function scoreText(label: Label, found: ReadonlySet<string>): TextScore {
  const labelled = new Set([...label.must, ...label.may]);
  return {
    missed: label.must.filter((id) => !found.has(id)),
    wrong: [...found].filter((id) => !labelled.has(id)),
    forbidden: (label.mustNot ?? []).filter((id) => found.has(id)),
  };
}

/** a / (a + b), or 1 where there is nothing to count (no labelled term missed none). */
export const ratio = (a: number, b: number): number => (a + b === 0 ? 1 : a / (a + b));
export const recallOf = (t: Tally): number => ratio(t.found, t.missed);
export const precisionOf = (t: Tally): number => ratio(t.found, t.wrong);

const emptyTally = (): Tally => ({ found: 0, missed: 0, wrong: 0, forbidden: 0 });

/**
 * The running score of a corpus: every id counted in `all`, and those `isRedFlag` says are warning signs
 * counted again in `red` (a missed one is the worst error this product can make).
 */
export class CorpusScore {
  readonly all = emptyTally();
  readonly red = emptyTally();
  /** One line per text with anything missed or wrongly found. */
  readonly problems: string[] = [];
  texts = 0;

  constructor(private readonly isRedFlag: (id: string) => boolean = () => false) {}

  add(name: string, label: Label, found: ReadonlySet<string>): TextScore {
    const score = scoreText(label, found);
    this.texts += 1;
    for (const [tally, keep] of [
      [this.all, () => true],
      [this.red, this.isRedFlag],
    ] as const) {
      tally.found += label.must.filter((id) => keep(id) && found.has(id)).length;
      tally.missed += score.missed.filter(keep).length;
      tally.wrong += score.wrong.filter(keep).length;
      tally.forbidden += score.forbidden.filter(keep).length;
    }
    if (score.missed.length || score.wrong.length) {
      const mustNot = score.forbidden.length ? ` (labelled mustNot: [${score.forbidden.join(", ")}])` : "";
      this.problems.push(
        `${name}: missed [${score.missed.join(", ")}] wrongly found [${score.wrong.join(", ")}]${mustNot}`,
      );
    }
    return score;
  }

  /** "recall 0.990, precision 0.995 (120 found as labelled, 1 missed, 0 found wrongly)" */
  summary(tally: Tally = this.all): string {
    return (
      `recall ${recallOf(tally).toFixed(3)}, precision ${precisionOf(tally).toFixed(3)} ` +
      `(${tally.found} found as labelled, ${tally.missed} missed, ${tally.wrong} found wrongly, ` +
      `${tally.forbidden} of them labelled mustNot)`
    );
  }
}

const PAGE_LABEL = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/;

/** A labelled page's label, from its `<script type="application/json" id="expected">`. */
export function pageLabel(html: string, file = "the page"): Label {
  const json = PAGE_LABEL.exec(html)?.[1];
  if (!json) throw new Error(`${file} has no <script id="expected"> label`);
  return JSON.parse(json) as Label;
}

/** A report's label and its text. */
export interface LabelledText {
  must: string[];
  may: string[];
  mustNot: string[];
  text: string;
}

const REPORT_LABEL = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** A labelled report or letter (tests/fixtures/reports): its label block between "---" lines, then the text. */
export function reportLabel(raw: string, file = "the report"): LabelledText {
  const m = REPORT_LABEL.exec(raw);
  if (!m) throw new Error(`${file} has no label block`);
  const label = JSON.parse(m[1]) as { must: string[]; may: string[]; mustNot?: string[] };
  return { must: label.must, may: label.may, mustNot: label.mustNot ?? [], text: m[2] };
}
