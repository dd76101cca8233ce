import { useState } from "preact/hooks";
import {
  QUESTION_GROUP_TITLES,
  SUGGESTED_QUESTIONS,
  type QuestionGroup,
} from "../../content/appointment-questions";
import type { Appointment, Question } from "../../utils/storage/appointment";
import { MAX_QUESTION, QuestionRow } from "./QuestionRow";

type Update = (change: (current: Appointment) => Appointment) => void;

const GROUPS: QuestionGroup[] = ["massage", "clinician", "own"];

/** Questions for the appointment: tick the ones to ask (they go in the summary), edit them, add your own. */
export function QuestionList({ appointment, update }: { appointment: Appointment; update: Update }) {
  const [draft, setDraft] = useState("");
  const add = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    const question: Question = { id: `own-${crypto.randomUUID()}`, group: "own", text, ticked: true };
    update((c) => ({ ...c, questions: [...c.questions, question] }));
    setDraft("");
  };
  const removed = SUGGESTED_QUESTIONS.filter((s) => !appointment.questions.some((q) => q.id === s.id));
  const restore = () =>
    update((c) => {
      const missing = SUGGESTED_QUESTIONS.filter((s) => !c.questions.some((q) => q.id === s.id));
      return { ...c, questions: [...c.questions, ...missing.map((q) => ({ ...q, ticked: false }))] };
    });
  return (
    <section aria-labelledby="questions-title" class="questions">
      <h3 id="questions-title">Questions to ask</h3>
      <p class="hint">Tick the ones you want to ask. Ticked questions go in your summary.</p>
      {GROUPS.map((group) => {
        const list = appointment.questions.filter((q) => q.group === group);
        if (list.length === 0) return null;
        return (
          <div key={group} class="question-group">
            <h4>{QUESTION_GROUP_TITLES[group]}</h4>
            <ul>
              {list.map((q) => (
                <QuestionRow key={q.id} question={q} update={update} />
              ))}
            </ul>
          </div>
        );
      })}
      {removed.length > 0 && (
        <button type="button" class="link-button" onClick={restore}>
          Bring back the{" "}
          {removed.length === 1 ? "suggested question" : `${removed.length} suggested questions`} you removed
        </button>
      )}
      <form class="question-add" onSubmit={add}>
        <label for="question-new">Add your own question</label>
        <div class="inline">
          <input
            id="question-new"
            type="text"
            value={draft}
            maxLength={MAX_QUESTION}
            autocomplete="off"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
      </form>
    </section>
  );
}
