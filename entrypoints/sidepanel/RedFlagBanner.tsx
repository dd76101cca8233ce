import { emergencyRoute } from "../../content/emergency";
import { NOT_A_DIAGNOSIS } from "../../content/red-flag-action";
import type { RedFlagItem } from "../../content/schema";

/**
 * Shown above every section while any checklist answer is "yes", and again whenever the panel opens,
 * until every answer is "no". Short on purpose: it must fit at the top, also at large text sizes.
 */
export function RedFlagBanner({
  yes,
  locale,
  onReview,
}: {
  /** Items answered "yes", most urgent first. */
  yes: readonly RedFlagItem[];
  locale: string;
  onReview: () => void;
}) {
  if (yes.length === 0) return null;
  const route = emergencyRoute(locale).action;
  const emergency = yes[0].urgency === "emergency";
  return (
    <div class="rf-banner" role="alert" data-red-flag-banner>
      <p class="rf-banner__title">
        You answered yes to {yes.length === 1 ? "a warning sign" : `${yes.length} warning signs`}.
      </p>
      <p class="rf-banner__action">
        {emergency
          ? `Get urgent medical help now. ${route}.`
          : `Contact a doctor today. If you can't, or it gets worse: ${route.charAt(0).toLowerCase()}${route.slice(1)}.`}
      </p>
      <p class="rf-banner__note">{NOT_A_DIAGNOSIS}</p>
      <button type="button" class="rf-banner__review" onClick={onReview}>
        See my answers
      </button>
    </div>
  );
}
