import { useEffect, useRef, useState } from "preact/hooks";
import {
  QUESTION_GROUP_TITLES,
  SUGGESTED_QUESTIONS,
  type QuestionGroup,
} from "../../content/appointment-questions";
import type { Appointment, Question } from "../../utils/storage/appointment";

type Update = (change: (current: Appointment) => Appointment) => void;

const GROUPS: QuestionGroup[] = ["massage", "clinician", "own"];
const MAX_QUESTION = 300;

const editQuestion = (c: Appointment, id: string, change: Partial<Question>): Appointment => ({
  ...c,
  questions: c.questions.map((q) => (q.id === id ? { ...q, ...change } : q)),
});

function QuestionRow({ question, update }: { question: Question; update: Update }) {
  const [editing, setEditing] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Focus follows the user: into the field when editing starts, back to "Edit" when it ends.
  useEffect(() => {
    if (editing !== null && !wasEditing.current) field.current?.focus();
    if (editing === null && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const checkboxId = `question-${question.id}`;
  if (editing !== null) {
    const save = () => {
      const text = editing.trim();
      if (text) update((c) => editQuestion(c, question.id, { text }));
      setEditing(null);
    };
    return (
      <li class="question question--editing">
        <label for={`${checkboxId}-edit`} class="visually-hidden">
          Edit question
        </label>
        <input
          id={`${checkboxId}-edit`}
          type="text"
          value={editing}
          maxLength={MAX_QUESTION}
          ref={field}
          onInput={(e) => setEditing(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") save();
            if (e.key === "Escape") setEditing(null);
          }}
        />
        <div class="question__actions">
          <button type="button" onClick={save}>
            Save
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      </li>
    );
  }
  return (
    <li class="question" data-question={question.id}>
      <label for={checkboxId} class="question__label">
        <input
          id={checkboxId}
          type="checkbox"
          checked={question.ticked}
          onChange={(e) => {
            const ticked = e.currentTarget.checked;
            update((c) => editQuestion(c, question.id, { ticked }));
          }}
        />
        <span>{question.text}</span>
      </label>
      <div class="question__actions">
        <button
          type="button"
          ref={editButton}
          onClick={() => setEditing(question.text)}
          aria-label={`Edit: ${question.text}`}
        >
          Edit
        </button>
        <button
          type="button"
          onClick={() =>
            update((c) => ({ ...c, questions: c.questions.filter((q) => q.id !== question.id) }))
          }
          aria-label={`Remove: ${question.text}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

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
