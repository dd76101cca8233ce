import { checkpointMessage, checkpointOf, WORSE_MESSAGE } from "../../utils/progress/checkpoint";
import type { Session } from "../../utils/storage/progress-log";
import { PainChart } from "./PainChart";

/** One kind of care: its pain chart with its checkpoint right under it, so the words explain the picture. */
export function CareProgress({
  sessions,
  locale,
  id,
  onRedFlags,
}: {
  sessions: readonly Session[];
  locale: string;
  id: string;
  onRedFlags: () => void;
}) {
  const c = checkpointOf(sessions);
  return (
    <li class={`care-progress care-progress--${c.status}`} data-checkpoint={c.status} data-care={c.care}>
      <PainChart care={c.care} sessions={sessions} locale={locale} id={id} />
      <div class="checkpoint" aria-live="polite">
        <p>{checkpointMessage(c)}</p>
        {c.worse && (
          <p class="caution">
            {WORSE_MESSAGE}{" "}
            <button type="button" class="link-button" onClick={onRedFlags}>
              Open the red-flag checklist
            </button>
          </p>
        )}
      </div>
    </li>
  );
}
