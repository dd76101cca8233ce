import type { PainArea, Sensation, Side, Trigger } from "../storage/appointment";

// Words for stored choices, shared by the form and the summary so both say the same thing.

export const AREA_LABELS: Record<PainArea, string> = {
  buttock: "Buttock",
  thigh: "Thigh",
  calf: "Calf",
  foot: "Foot",
};

export const SIDE_LABELS: Record<Side, string> = { left: "Left", right: "Right", both: "Both sides" };

export const SENSATION_LABELS: Record<Sensation, string> = {
  tingling: "Tingling or pins and needles",
  numbness: "Numbness",
  weakness: "Weakness",
};

export const TRIGGER_LABELS: Record<Trigger, string> = {
  sitting: "Sitting",
  bending: "Bending",
  coughing: "Coughing or sneezing",
};

/** "a, b and c" */
export function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** A stored day (YYYY-MM-DD) as the user's locale writes it, for example "3 Mar 2025". */
export function formatDay(day: string, locale: string, withYear = true): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(y, m - 1, d);
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
  try {
    return date.toLocaleDateString(locale, withYear ? { ...options, year: "numeric" } : options);
  } catch {
    return day;
  }
}

/** Today in the user's calendar, as stored (YYYY-MM-DD). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Only web addresses become links: a stored address is never trusted to be one. */
export const isWebAddress = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);
