import { emergencyRoute } from "./emergency";
import type { RedFlagItem } from "./schema";

export const NOT_A_DIAGNOSIS = "This is not a diagnosis: it means a doctor should check you.";

/** The urgent action for a red-flag item, naming the emergency route for the user's region. */
export function redFlagAction(item: RedFlagItem, locale: string | undefined): string {
  const route = emergencyRoute(locale);
  const how =
    item.urgency === "emergency"
      ? `${route.action}.`
      : `Contact a doctor today. If you cannot, or it gets worse: ${lowerFirst(route.action)}.`;
  return `${item.action} ${how} ${NOT_A_DIAGNOSIS}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
