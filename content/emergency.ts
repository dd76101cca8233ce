// Where to go for each urgency level, per region: the one table every urgent sentence takes its route from.
// No validation library here: the page scanner bundles this file (through the settings rules).

export const URGENCY_LEVELS = ["emergency", "same-day", "soon", "routine"] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export const REGIONS = ["uk", "us", "ca", "au", "nz", "ie", "eu", "other"] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  uk: "United Kingdom",
  us: "United States",
  ca: "Canada",
  au: "Australia",
  nz: "New Zealand",
  ie: "Ireland",
  eu: "Another country in Europe (emergency number 112)",
  other: "Somewhere else",
};

/**
 * One sentence per level. Only emergency numbers we are sure of are written as numbers (999, 111 UK,
 * 911, 112, 000, 111 NZ); other lines are named in words, as their numbers differ or change.
 */
export const ROUTES: Record<Region, Record<Urgency, string>> = {
  uk: {
    emergency: "Call 999 or go to A&E now.",
    "same-day": "Call NHS 111 or your GP surgery today.",
    soon: "Book to see your GP in the next few days.",
    routine: "See your GP at a normal appointment.",
  },
  us: {
    emergency: "Call 911 or go to the emergency room now.",
    "same-day": "Go to urgent care or get a same-day appointment with your doctor.",
    soon: "Book to see your doctor in the next few days.",
    routine: "See your doctor at a normal appointment.",
  },
  ca: {
    emergency: "Call 911 or go to the emergency department now.",
    "same-day": "See your doctor or a walk-in clinic today, or call your provincial health line.",
    soon: "Book to see your doctor in the next few days.",
    routine: "See your doctor at a normal appointment.",
  },
  au: {
    emergency: "Call 000 or go to the emergency department now.",
    "same-day": "See your GP today, or call the healthdirect helpline.",
    soon: "Book to see your GP in the next few days.",
    routine: "See your GP at a normal appointment.",
  },
  nz: {
    emergency: "Call 111 or go to the emergency department now.",
    "same-day": "Call your GP or Healthline today.",
    soon: "Book to see your GP in the next few days.",
    routine: "See your GP at a normal appointment.",
  },
  ie: {
    emergency: "Call 112 or 999, or go to the emergency department now.",
    "same-day": "Contact your GP today, or a GP out-of-hours service.",
    soon: "Book to see your GP in the next few days.",
    routine: "See your GP at a normal appointment.",
  },
  eu: {
    emergency: "Call 112 or go to the emergency department now.",
    "same-day": "Contact your doctor today, or an out-of-hours doctor service.",
    soon: "Book to see your doctor in the next few days.",
    routine: "See your doctor at a normal appointment.",
  },
  other: {
    emergency: "Call your local emergency number or go to the nearest emergency department now.",
    "same-day": "See a doctor today. If you cannot, go to an emergency department.",
    soon: "Book to see a doctor in the next few days.",
    routine: "See a doctor at a normal appointment.",
  },
};

export const routeFor = (region: Region, urgency: Urgency): string => ROUTES[region][urgency];

export const isRegion = (value: unknown): value is Region => REGIONS.includes(value as Region);

const UK = new Set(["GB", "UK", "GG", "JE", "IM"]);
// A literal list, not a split string: a bundle that never guesses the region (the page script, which only
// checks a stored one with isRegion) can then leave it out.
// prettier-ignore
const EUROPE_112 = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "NO", "LI", "CH",
]);
const SINGLE: Record<string, Region> = { US: "us", CA: "ca", AU: "au", NZ: "nz", IE: "ie" };

/** The browser's guess, only to preselect the user's choice: "en-US" is often set by people elsewhere. */
export function guessRegion(locale: string | undefined): Region {
  const code = /[-_]([A-Za-z]{2})\b/.exec(locale ?? "")?.[1]?.toUpperCase() ?? "";
  if (UK.has(code)) return "uk";
  if (code in SINGLE) return SINGLE[code];
  return EUROPE_112.has(code) ? "eu" : "other";
}

/** The user's choice, or until they make it, the browser's guess. */
export const regionOrGuess = (chosen: Region | null, locale: string | undefined): Region =>
  chosen ?? guessRegion(locale);
