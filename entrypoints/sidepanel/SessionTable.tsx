import { formatDay } from "../../utils/notes/labels";
import type { Session } from "../../utils/storage/progress-log";

/** Every logged session (the chart's scores as text), newest first, each with "Delete". */
export function SessionTable({
  sessions,
  locale,
  onDelete,
}: {
  sessions: readonly Session[];
  locale: string;
  onDelete: (id: string) => void;
}) {
  if (sessions.length === 0) return <p class="hint">No sessions logged yet.</p>;
  // The roles are the elements' own: they stay in a narrow panel, where the rows are laid out as blocks.
  return (
    <div class="table-wrap">
      <table class="sessions" role="table">
        <caption>Logged sessions, newest first</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Date
            </th>
            <th scope="col" role="columnheader">
              Care
            </th>
            <th scope="col" role="columnheader">
              Pain before
            </th>
            <th scope="col" role="columnheader">
              Pain after
            </th>
            <th scope="col" role="columnheader">
              What I could do
            </th>
            <th scope="col" role="columnheader">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {[...sessions].reverse().map((s) => (
            <tr key={s.id} data-session={s.id} role="row">
              <td role="cell" class="sessions__date">
                {formatDay(s.date, locale)}
              </td>
              <td role="cell" class="sessions__care">
                {s.care}
              </td>
              <td role="cell" class="sessions__before" data-label="Pain before">
                {s.painBefore}
              </td>
              <td role="cell" class="sessions__after" data-label="after">
                {s.painAfter}
              </td>
              <td role="cell" class="sessions__note">
                {s.functionNote}
              </td>
              <td role="cell" class="sessions__actions">
                <button
                  type="button"
                  onClick={() => onDelete(s.id)}
                  aria-label={`Delete the ${s.care} session of ${formatDay(s.date, locale)}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
