import { useEffect, useRef, useState } from "preact/hooks";
import type { Appointment, Question } from "../../utils/storage/appointment";

type Update = (change: (current: Appointment) => Appointment) => void;

export const MAX_QUESTION = 300;

const editQuestion = (c: Appointment, id: string, change: Partial<Question>): Appointment => ({
  ...c,
  questions: c.questions.map((q) => (q.id === id ? { ...q, ...change } : q)),
});

/** One question: tick it to ask it, edit it in place, or remove it. */
export function QuestionRow({ question, update }: { question: Question; update: Update }) {
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
