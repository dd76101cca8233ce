import type { Appointment } from "../../utils/storage/appointment";
import { QuestionList } from "./QuestionList";
import { SymptomFields } from "./SymptomFields";
import { TermsRead } from "./TermsRead";

type Update = (change: (current: Appointment) => Appointment) => void;

/** Everything to bring to an appointment; saved as it is typed, in this browser only. */
export function AppointmentSection({
  appointment,
  update,
  onExplain,
  onRedFlags,
}: {
  appointment: Appointment | null;
  update: Update;
  onExplain: (id: string) => void;
  onRedFlags: () => void;
}) {
  return (
    <div class="appointment">
      <h2 class="section-title">Prepare for an appointment</h2>
      <p>
        Fill in what you can. It is saved as you go and stays in this browser. "Take it with you" turns it
        into one page to print or send.
      </p>
      {appointment === null ? (
        <p class="status">Loading your notes…</p>
      ) : (
        <>
          <SymptomFields appointment={appointment} update={update} onRedFlags={onRedFlags} />
          <QuestionList appointment={appointment} update={update} />
          <TermsRead appointment={appointment} update={update} onExplain={onExplain} />
        </>
      )}
    </div>
  );
}
