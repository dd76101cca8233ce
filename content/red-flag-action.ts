import { emergencyRoute } from "./emergency";
import type { RedFlagItem } from "./schema";

export const NOT_A_DIAGNOSIS = "This is not a diagnosis: it means a doctor should check you.";

/** The urgent action for a red-flag item, naming the emergency route for the user's region. */
export function redFlagAction(item: RedFlagItem, locale: string | undefined): string {
  const route = emergencyRoute(locale);
  // The item's own action says what to do; this adds how, where the user is.
  const how =
    item.urgency === "emergency"
      ? `Where you are: ${lowerFirst(route.action)}.`
      : `If you cannot see a doctor today, or it gets worse: ${lowerFirst(route.action)}.`;
  return `${item.action} ${how} ${NOT_A_DIAGNOSIS}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
