import { useState } from "preact/hooks";
import { CARE_SUGGESTIONS } from "../../content/care-kinds";
import { today } from "../../utils/notes/labels";
import type { Session } from "../../utils/storage/progress-log";

const SCORES = Array.from({ length: 11 }, (_, i) => i);
const scoreLabel = (n: number) => (n === 0 ? "0 (no pain)" : n === 10 ? "10 (worst pain)" : String(n));

function PainSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Choose 0 to 10</option>
        {SCORES.map((n) => (
          <option key={n} value={String(n)}>
            {scoreLabel(n)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Log one session of care: when, what kind, pain before and after, and what you could do. */
export function SessionForm({ onAdd }: { onAdd: (session: Session) => Promise<void> }) {
  const [date, setDate] = useState(today());
  const [care, setCare] = useState("");
  const [before, setBefore] = useState("");
  const [after, setAfter] = useState("");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState("");

  const submit = (event: Event) => {
    event.preventDefault();
    if (!date || !care.trim() || before === "" || after === "") return;
    const session: Session = {
      id: crypto.randomUUID(),
      date,
      care: care.trim().replace(/\s+/g, " "),
      painBefore: Number(before),
      painAfter: Number(after),
      functionNote: note.trim(),
    };
    void onAdd(session).then(() => {
      // The kind of care and the date usually stay the same for the next entry; the scores do not.
      setBefore("");
      setAfter("");
      setNote("");
      setStatus(`Logged: ${session.care}, pain ${session.painBefore} before and ${session.painAfter} after.`);
    });
  };

  return (
    <form class="session-form" onSubmit={submit} aria-labelledby="session-form-title">
      <h3 id="session-form-title">Log a session</h3>
      <div class="field">
        <label for="session-date">Date</label>
        <input
          id="session-date"
          type="date"
          required
          value={date}
          max={today()}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="session-care">Kind of care</label>
        <input
          id="session-care"
          type="text"
          list="care-suggestions"
          required
          maxLength={100}
          autocomplete="off"
          aria-describedby="session-care-hint"
          value={care}
          onInput={(e) => setCare(e.currentTarget.value)}
        />
        <p id="session-care-hint" class="hint">
          For example: Massage: deep tissue, or Physiotherapy. Use the same name each time, so sessions of the
          same care are counted together.
        </p>
        <datalist id="care-suggestions">
          {CARE_SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <div class="pair">
        <PainSelect id="session-before" label="Pain before (0 to 10)" value={before} onChange={setBefore} />
        <PainSelect id="session-after" label="Pain after (0 to 10)" value={after} onChange={setAfter} />
      </div>
      <div class="field">
        <label for="session-note">What could you do? (optional)</label>
        <input
          id="session-note"
          type="text"
          maxLength={300}
          autocomplete="off"
          placeholder="for example: sat for 20 minutes, walked 15 minutes"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <button type="submit">Log session</button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
