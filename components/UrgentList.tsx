import type { Region } from "../content/emergency";
import { redFlagAction } from "../content/red-flag-action";
import type { RedFlagItem } from "../content/schema";

export interface UrgentListProps {
  items: readonly RedFlagItem[];
  region: Region;
  /** How many warning signs the page mentions (said in the summary, so it cannot be missed). */
  mentioned?: number;
  /** How many the user answered "yes" to in the side panel's checklist. */
  answeredYes?: number;
}

/** "When to get checked urgently": the red-flag signs and what to do, one click away on every page. */
export function UrgentList({ items, region, mentioned = 0, answeredYes = 0 }: UrgentListProps) {
  return (
    <details class="urgent">
      <summary>
        When to get checked urgently
        {mentioned > 0 && (
          <span class="urgent__mentioned">
            {" "}
            · this page mentions {mentioned} warning sign{mentioned === 1 ? "" : "s"}
          </span>
        )}
        {answeredYes > 0 && (
          <span class="urgent__answered">
            {" "}
            · you answered yes to {answeredYes === 1 ? "one" : answeredYes} in your checklist
          </span>
        )}
      </summary>
      <p class="urgent__intro">Get help fast if any of these is new for you:</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-red-flag={item.id} data-urgency={item.urgency}>
            <strong>{item.question}</strong>
            <span>{redFlagAction(item, region)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
