// The emergency route named in red-flag actions, chosen from the browser's locale (never from location).

export interface EmergencyRoute {
  readonly region: string;
  /** What to do, in a few words: "Call 999 or go to A&E". */
  readonly action: string;
  readonly number: string | null;
}

const EU_112 = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS NO LI CH".split(" "),
);

export function emergencyRoute(locale: string | undefined): EmergencyRoute {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale ?? "")?.[1]?.toUpperCase() ?? "";
  if (region === "GB") return { region, number: "999", action: "Call 999 or go to A&E now" };
  if (region === "US" || region === "CA")
    return { region, number: "911", action: "Call 911 or go to the emergency room now" };
  if (region === "AU")
    return { region, number: "000", action: "Call 000 or go to the emergency department now" };
  if (region === "NZ")
    return { region, number: "111", action: "Call 111 or go to the emergency department now" };
  if (region === "IN")
    return { region, number: "112", action: "Call 112 or go to the emergency department now" };
  if (EU_112.has(region))
    return { region, number: "112", action: "Call 112 or go to the emergency department now" };
  return {
    region,
    number: null,
    action: "Call your local emergency number or go to the nearest emergency department now",
  };
}
