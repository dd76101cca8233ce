import { RecoveredNotice } from "../../components/RecoveredNotice";
import { useItem } from "../../components/use-item";
import { useRecovered } from "../../components/use-recovered";
import { summaries } from "../../utils/knowledge";
import { appointmentItem } from "../../utils/storage/appointment";
import { progressLogItem } from "../../utils/storage/progress-log";
import { answeredYes, redFlagAnswersItem } from "../../utils/storage/red-flag-answers";

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the side panel keeps, live, so the user knows what is stored here and where to manage it. */
export function NotesOverview() {
  const [answers] = useItem(redFlagAnswersItem);
  const [appointment] = useItem(appointmentItem);
  const [log] = useItem(progressLogItem);
  const recovered = useRecovered();
  const yes = answers ? answeredYes(summaries.redFlags, answers).length : 0;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Your notes</h2>
      <RecoveredNotice list={recovered} />
      {answers && appointment && log ? (
        <ul data-notes-overview>
          <li>
            {count(Object.keys(answers.answers).length, "red-flag answer")}
            {yes > 0 && <strong> ({yes} yes: see the side panel)</strong>}
          </li>
          <li>{count(appointment.questions.filter((q) => q.ticked).length, "question")} to ask</li>
          <li>{count(appointment.terms.length, "term")} you read about</li>
          <li>{count(log.sessions.length, "session")} logged</li>
        </ul>
      ) : (
        <p>Loading…</p>
      )}
      <p>
        They are kept in this browser only. Open the side panel to see them, print them, save them to a file
        or delete them.
      </p>
    </section>
  );
}
