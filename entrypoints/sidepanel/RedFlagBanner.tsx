import { useContext } from "preact/hooks";
import { RegionContext } from "../../components/region-context";
import { NOT_A_DIAGNOSIS, shortAdvice } from "../../content/red-flag-action";
import type { RedFlagItem } from "../../content/schema";

/**
 * Shown above every section while any checklist answer is "yes", and again whenever the panel opens,
 * until every answer is "no". Short on purpose: it must fit at the top, also at large text sizes, so it
 * gives what to do and where for the most urgent sign only (the checklist shows each one's in full).
 */
export function RedFlagBanner({
  yes,
  onReview,
}: {
  /** Items answered "yes", most urgent first. */
  yes: readonly RedFlagItem[];
  onReview: () => void;
}) {
  const region = useContext(RegionContext);
  if (yes.length === 0) return null;
  return (
    <div class="rf-banner" role="alert" data-red-flag-banner data-urgency={yes[0].urgency}>
      <p class="rf-banner__title">
        You answered yes to {yes.length === 1 ? "a warning sign" : `${yes.length} warning signs`}.
      </p>
      <p class="rf-banner__action">{shortAdvice(yes[0], region)}</p>
      <p class="rf-banner__note">{NOT_A_DIAGNOSIS}</p>
      <button type="button" class="rf-banner__review" onClick={onReview}>
        See my answers
      </button>
    </div>
  );
}
