import vocabulary from "virtual:sciatica-lens/vocabulary";
import anchorGate from "virtual:sciatica-lens/anchor-gate";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createGate } from "../../content/matching/gate";
import { createMatcher } from "../../content/matching/matcher";
import { UrgentList } from "../../components/UrgentList";
import { useSettings } from "../../components/use-settings";
import { regionOrGuess } from "../../content/emergency";
import { summaries } from "../../utils/knowledge";
import { sendToBackground } from "../../utils/messaging";
import { ExplainedList } from "./ExplainedList";
import { explainTextInSlices, type Explained } from "./explain-text";
import { MarkedText } from "./MarkedText";
import { PdfDrop } from "./PdfDrop";
import { usePendingSelection } from "./use-pending-selection";

/** As much text as a long letter or several reports; more would only slow the page. */
export const MAX_TEXT = 50_000;
/** What "terms I read about" says these terms were read on. */
const NOTES_SOURCE = "A report or letter you explained";

function statusOf(explained: Explained): string {
  const n = explained.concepts.length;
  if (n === 0) return "No sciatica terms found in this text.";
  const flags = explained.concepts.filter((c) => c.category === "red-flag").length;
  const found = `${n} term${n === 1 ? "" : "s"} found in your text.`;
  if (flags === 0) return found;
  return `${found} ${flags} of them ${flags === 1 ? "is a warning sign" : "are warning signs"}, shown first.`;
}

export function App() {
  const [settings] = useSettings();
  const region = regionOrGuess(settings.region, navigator.language);
  const path = useMemo(() => ({ gate: createGate(anchorGate), matcher: createMatcher(vocabulary) }), []);
  const [text, setText] = useState("");
  const [explained, setExplained] = useState<{ text: string; result: Explained } | null>(null);
  const [note, setNote] = useState("");
  const [reading, setReading] = useState(false);
  const results = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);

  const explain = async (value: string, focusResults = true) => {
    const clipped = value.slice(0, MAX_TEXT);
    const run = ++latest.current;
    setText(clipped);
    setNote("");
    setReading(true);
    const result = clipped.trim() ? await explainTextInSlices(path, clipped) : null;
    if (run !== latest.current) return; // a newer text was given meanwhile
    setReading(false);
    setExplained(result ? { text: clipped, result } : null);
    if (focusResults && result) requestAnimationFrame(() => results.current?.focus());
  };
  const clear = () => {
    latest.current++;
    setText("");
    setExplained(null);
    setNote("");
    setReading(false);
  };
  const pendingNote = usePendingSelection((selection) => void explain(selection, false));
  useEffect(() => {
    if (pendingNote) setNote(pendingNote);
  }, [pendingNote]);

  const addAll = () => {
    const conceptIds = explained?.result.concepts.map((c) => c.id) ?? [];
    if (conceptIds.length === 0) return;
    sendToBackground("notes/add-terms", { conceptIds, title: NOTES_SOURCE, url: "" }).then(
      () =>
        setNote(
          `Added ${conceptIds.length} term${conceptIds.length === 1 ? "" : "s"} to your appointment notes. Find them in the side panel, under Appointment.`,
        ),
      () => setNote("Could not add the terms to your notes. Please try again."),
    );
  };

  return (
    <main class="explain">
      <header class="no-print">
        <h1>Explain a report or letter</h1>
        <p class="hint">
          Paste the words of an MRI report, a clinic letter or an email. Sciatica Lens marks the terms it
          knows and explains each one in plain English. It explains; it does not diagnose. Your text stays on
          this computer and is not saved.
        </p>
      </header>
      <div class="no-print">
        <UrgentList items={summaries.redFlags} region={region} />
      </div>
      <form
        class="explain__input no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void explain(text);
        }}
      >
        <label for="explain-text">Your report, letter or other text</label>
        <textarea
          id="explain-text"
          rows={10}
          maxLength={MAX_TEXT}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          spellcheck={false}
        />
        <div class="explain__buttons">
          <button type="submit" class="primary">
            Explain
          </button>
          <button type="button" onClick={clear}>
            Clear
          </button>
        </div>
      </form>
      <div class="no-print">
        <PdfDrop onText={(pdf) => void explain(pdf)} />
      </div>
      <p class="status no-print" role="status" aria-live="polite" data-testid="explain-status">
        {reading ? "Reading your text…" : explained ? statusOf(explained.result) : ""}
      </p>
      {note && (
        <p class="note no-print" role="status">
          {note}
        </p>
      )}
      {explained && (
        <section class="explain__result" aria-labelledby="result-title">
          <h2 id="result-title" tabIndex={-1} ref={results}>
            Your text explained
          </h2>
          <p class="print-only hint">
            From Sciatica Lens. This explains words; it is not a diagnosis. Ask your care team about what your
            report means for you.
          </p>
          {explained.result.concepts.length > 0 && (
            <div class="explain__actions no-print">
              <button type="button" onClick={addAll}>
                Add to my appointment notes
              </button>
              <button type="button" onClick={() => window.print()}>
                Print or save as PDF
              </button>
            </div>
          )}
          <div class="explain__columns">
            <section aria-labelledby="text-title">
              <h3 id="text-title">The text</h3>
              <MarkedText text={explained.text} marks={explained.result.marks} />
            </section>
            <section aria-labelledby="terms-title">
              <h3 id="terms-title">What the terms mean</h3>
              <ExplainedList concepts={explained.result.concepts} region={region} />
            </section>
          </div>
        </section>
      )}
    </main>
  );
}
