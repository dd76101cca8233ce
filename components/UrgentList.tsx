import { redFlagAction } from "../content/red-flag-action";
import type { RedFlagItem } from "../content/schema";

export interface UrgentListProps {
  items: readonly RedFlagItem[];
  locale: string;
  /** Open from the start (when the page mentions a red flag). */
  open?: boolean;
}

/** "When to get checked urgently": the red-flag signs and what to do, one click away on every page. */
export function UrgentList({ items, locale, open = false }: UrgentListProps) {
  return (
    <details class="urgent" open={open}>
      <summary>When to get checked urgently</summary>
      <p class="urgent__intro">Get help fast if any of these is new for you:</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-red-flag={item.id}>
            <strong>{item.question}</strong>
            <span>{redFlagAction(item, locale)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
