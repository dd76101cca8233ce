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
  return (
    <div class="table-wrap">
      <table class="sessions">
        <caption>Logged sessions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Care</th>
            <th scope="col">Pain before</th>
            <th scope="col">Pain after</th>
            <th scope="col">What I could do</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...sessions].reverse().map((s) => (
            <tr key={s.id} data-session={s.id}>
              <td>{formatDay(s.date, locale)}</td>
              <td>{s.care}</td>
              <td>{s.painBefore}</td>
              <td>{s.painAfter}</td>
              <td>{s.functionNote}</td>
              <td>
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
