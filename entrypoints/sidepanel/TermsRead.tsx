import { conceptById } from "../../utils/knowledge";
import { isWebAddress } from "../../utils/notes/labels";
import type { Appointment } from "../../utils/storage/appointment";

type Update = (change: (current: Appointment) => Appointment) => void;

/** "Terms I read about": added from the popup, the panel or the card on the page. */
export function TermsRead({
  appointment,
  update,
  onExplain,
}: {
  appointment: Appointment;
  update: Update;
  onExplain: (id: string) => void;
}) {
  const terms = [...appointment.terms].reverse();
  return (
    <section aria-labelledby="terms-title" class="terms">
      <h3 id="terms-title">Terms I read about</h3>
      {terms.length === 0 ? (
        <p class="hint">
          None yet. Use "Add to notes" in the popup, or "Add to my notes" under a term you are reading here.
        </p>
      ) : (
        <ul>
          {terms.map((t) => {
            const name = conceptById(t.conceptId)?.name ?? t.conceptId;
            const page = t.title.trim() || t.url;
            return (
              <li key={`${t.conceptId} ${t.url}`} class="term" data-term={t.conceptId}>
                <button type="button" class="link-button term__name" onClick={() => onExplain(t.conceptId)}>
                  {name}
                </button>
                {page && (
                  <span class="term__page">
                    {" "}
                    read on{" "}
                    {isWebAddress(t.url) ? (
                      <a href={t.url} target="_blank" rel="noopener noreferrer">
                        {page}
                      </a>
                    ) : (
                      page
                    )}
                  </span>
                )}
                <button
                  type="button"
                  class="term__remove"
                  aria-label={`Remove ${name}${page ? ` (${page})` : ""} from my notes`}
                  onClick={() =>
                    update((c) => ({
                      ...c,
                      terms: c.terms.filter((x) => !(x.conceptId === t.conceptId && x.url === t.url)),
                    }))
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
