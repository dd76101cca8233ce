import type { RedFlagItem } from "../../content/schema";
import { checkpointMessage, checkpoints, WORSE_MESSAGE } from "../progress/checkpoint";
import type { Notes } from "../storage/notes";
import { sessionsByDate } from "../storage/progress-log";
import { answeredYes } from "../storage/red-flag-answers";
import {
  AREA_LABELS,
  formatDay,
  isWebAddress,
  listOf,
  SENSATION_LABELS,
  today,
  TRIGGER_LABELS,
} from "./labels";

// The one-page summary the user takes to an appointment, as data: the panel prints it as HTML and copies
// it as plain text, so both always say the same.

export interface SummaryContext {
  readonly checklist: readonly RedFlagItem[];
  readonly conceptName: (id: string) => string | undefined;
  readonly locale: string;
  readonly now?: Date;
}

export interface SummaryLine {
  readonly text: string;
  /** A web address the line links to. */
  readonly href?: string;
  /** A question to tick off on paper. */
  readonly checkbox?: boolean;
}

export interface SummarySection {
  readonly id: "red-flags" | "symptoms" | "tried" | "questions" | "terms" | "progress";
  readonly title: string;
  readonly lines: readonly SummaryLine[];
}

export interface Summary {
  readonly title: string;
  readonly made: string;
  readonly sections: readonly SummarySection[];
  readonly footer: string;
}

/** Sessions listed on the page; older ones are counted, so the summary stays one page. */
export const SUMMARY_SESSIONS = 10;

export function buildSummary(notes: Notes, ctx: SummaryContext): Summary {
  const made = formatDay(today(ctx.now), ctx.locale);
  return {
    title: "My sciatica notes",
    made: `Made on ${made} with Sciatica Lens`,
    sections: [
      redFlagSection(notes, ctx),
      symptomSection(notes),
      {
        id: "tried",
        title: "What I have tried",
        lines: lines(notes.appointment.tried, "Nothing written yet."),
      },
      questionSection(notes),
      termSection(notes, ctx),
      progressSection(notes, ctx),
    ],
    footer: "These are my own notes to discuss with my therapist or doctor. They are not a diagnosis.",
  };
}

function lines(text: string, empty: string): SummaryLine[] {
  const parts = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return parts.length ? parts.map((t) => ({ text: t })) : [{ text: empty }];
}

function redFlagSection({ redFlags }: Notes, ctx: SummaryContext): SummarySection {
  const yes = answeredYes(ctx.checklist, redFlags);
  const unanswered = ctx.checklist.filter((item) => !redFlags.answers[item.id]).length;
  const out: SummaryLine[] = yes.map((item) => ({ text: `Yes: ${item.question}` }));
  const when = redFlags.checkedAt
    ? ` (checked ${formatDay(redFlags.checkedAt.slice(0, 10), ctx.locale)})`
    : "";
  if (unanswered === ctx.checklist.length) out.push({ text: "The warning-sign checklist is not filled in." });
  else if (yes.length === 0 && unanswered === 0)
    out.push({ text: `No to all ${ctx.checklist.length} warning-sign questions${when}.` });
  else {
    const no = ctx.checklist.length - yes.length - unanswered;
    out.push({ text: `${no} answered no, ${unanswered} not answered${when}.` });
  }
  return { id: "red-flags", title: "Warning signs (red flags)", lines: out };
}

function symptomSection({ appointment: a }: Notes): SummarySection {
  const out: SummaryLine[] = [];
  const areas = a.areas.map((area) => AREA_LABELS[area].toLowerCase());
  if (areas.length || a.side) {
    const where = areas.length ? listOf(areas) : "leg";
    const side = a.side === "both" ? "on both sides" : a.side ? `on the ${a.side} side` : "";
    out.push({ text: `Pain goes to: ${where}${side ? ` ${side}` : ""}.` });
  }
  if (a.sensations.length)
    out.push({ text: `Also: ${listOf(a.sensations.map((s) => SENSATION_LABELS[s].toLowerCase()))}.` });
  const worse = [...a.worseWith.map((t) => TRIGGER_LABELS[t].toLowerCase())];
  if (a.worseOther.trim()) worse.push(a.worseOther.trim());
  if (worse.length) out.push({ text: `Worse with: ${listOf(worse)}.` });
  if (a.started.trim()) out.push({ text: `It started: ${a.started.trim()}` });
  return {
    id: "symptoms",
    title: "Where it hurts and what makes it worse",
    lines: out.length ? out : [{ text: "Nothing filled in yet." }],
  };
}

function questionSection({ appointment }: Notes): SummarySection {
  const ticked = appointment.questions.filter((q) => q.ticked);
  return {
    id: "questions",
    title: "Questions to ask",
    lines: ticked.length
      ? ticked.map((q) => ({ text: q.text, checkbox: true }))
      : [{ text: "No questions chosen yet." }],
  };
}

function termSection({ appointment }: Notes, ctx: SummaryContext): SummarySection {
  return {
    id: "terms",
    title: "Terms I read about",
    lines: appointment.terms.length
      ? appointment.terms.map((t) => {
          const name = ctx.conceptName(t.conceptId) ?? t.conceptId;
          const page = t.title.trim() || t.url;
          return {
            text: page ? `${name}: read on "${page}"` : name,
            href: isWebAddress(t.url) ? t.url : undefined,
          };
        })
      : [{ text: "None added yet." }],
  };
}

function progressSection({ progress }: Notes, ctx: SummaryContext): SummarySection {
  const sessions = sessionsByDate(progress);
  if (sessions.length === 0)
    return { id: "progress", title: "Progress", lines: [{ text: "No sessions logged yet." }] };
  const shown = sessions.slice(-SUMMARY_SESSIONS);
  const out: SummaryLine[] = [];
  if (sessions.length > shown.length)
    out.push({ text: `${sessions.length - shown.length} earlier sessions are not listed here.` });
  for (const s of shown) {
    const note = s.functionNote.trim() ? ` · ${s.functionNote.trim()}` : "";
    out.push({
      text: `${formatDay(s.date, ctx.locale)} · ${s.care.trim()} · pain ${s.painBefore} before, ${s.painAfter} after${note}`,
    });
  }
  for (const c of checkpoints(progress)) {
    if (c.status !== "too-early") out.push({ text: checkpointMessage(c) });
    if (c.worse) out.push({ text: `${c.care}: ${WORSE_MESSAGE}` });
  }
  return { id: "progress", title: "Progress (pain from 0 to 10)", lines: out };
}
