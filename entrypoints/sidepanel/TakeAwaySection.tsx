import { useRef, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { buildExport, exportFileName, parseImportFile } from "../../utils/backup";
import type { Summary } from "../../utils/notes/summary";
import { summaryText } from "../../utils/notes/summary-text";
import { deleteNotes, replaceNotes, type Notes } from "../../utils/storage/notes";
import { ConfirmDialog } from "./ConfirmDialog";
import { downloadText } from "../../components/download";
import { PrintSummary } from "./PrintSummary";

type Pending = { kind: "delete" } | { kind: "import"; notes: Notes; fileName: string } | null;

/** Print or save the summary, copy it as text, download or import all notes, or delete them. */
export function TakeAwaySection({ notes, summary }: { notes: Notes | null; summary: Summary | null }) {
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState("");
  const [manualCopy, setManualCopy] = useState("");
  const [pending, setPending] = useState<Pending>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const say = (text: string, isProblem = false) => {
    setMessage(isProblem ? "" : text);
    setProblem(isProblem ? text : "");
  };

  const print = () =>
    void browser.tabs
      .create({ url: browser.runtime.getURL("/sidepanel.html?view=print&autoprint=1") })
      .catch(() => window.print());

  const copy = async () => {
    if (!summary) return;
    const text = summaryText(summary);
    try {
      await navigator.clipboard.writeText(text);
      setManualCopy("");
      say("Copied. You can paste it into an email or a message.");
    } catch {
      setManualCopy(text);
      say("Your browser did not let us copy. Select the text below and copy it yourself.", true);
    }
  };

  const download = async () => {
    if (!notes) return;
    downloadText(await buildExport(new Date(), ["notes"]), exportFileName(new Date(), ["notes"]));
    say("Your notes were saved as a file in your downloads. Keep it somewhere private.");
  };

  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const result = await parseImportFile(file);
    // Here only notes are imported; a full export's settings are left to the options page.
    if (!result.ok) say(result.error, true);
    else if (!result.data.notes)
      say(
        "This file has no notes in it (it may hold settings: import those in the options). Nothing was changed.",
        true,
      );
    else setPending({ kind: "import", notes: result.data.notes, fileName: file.name });
  };

  const confirm = async () => {
    const task = pending;
    setPending(null);
    if (!task) return;
    if (task.kind === "delete") {
      await deleteNotes();
      say("All your notes were deleted from this browser.");
    } else {
      await replaceNotes(task.notes);
      say(`Your notes from ${task.fileName} were imported.`);
    }
  };

  return (
    <div class="take-away">
      <h2 class="section-title">Take it with you</h2>
      <p>
        One page with your symptoms, warning-sign answers, questions, terms and progress, to print, save as a
        PDF or send. Your notes never leave this browser unless you do this.
      </p>
      <div class="take-away__actions">
        <button type="button" onClick={print} disabled={!summary}>
          Print or save as PDF
        </button>
        <button type="button" onClick={() => void copy()} disabled={!summary}>
          Copy as text
        </button>
        <button type="button" onClick={() => void download()} disabled={!notes}>
          Download my notes (file)
        </button>
        <div class="field">
          <label for="import-file">Import notes from a file</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby="import-hint"
            onChange={(e) => void chooseFile(e)}
          />
          <p id="import-hint" class="hint">
            A file made with "Download my notes". It replaces the notes in this browser; you will be asked
            first.
          </p>
        </div>
        <button type="button" class="danger" onClick={() => setPending({ kind: "delete" })}>
          Delete all my notes
        </button>
      </div>
      <p class="status" role="status">
        {message}
      </p>
      <p class="problem" role="alert">
        {problem}
      </p>
      {manualCopy && (
        <textarea
          class="manual-copy"
          readOnly
          rows={8}
          aria-label="Your summary as text"
          value={manualCopy}
        />
      )}
      <h3>Preview</h3>
      {summary ? (
        <PrintSummary summary={summary} className="summary--preview" />
      ) : (
        <p class="status">Loading…</p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === "import" ? "Replace your notes?" : "Delete all your notes?"}
        confirmLabel={pending?.kind === "import" ? "Replace my notes" : "Delete everything"}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === "import" ? (
          <p>
            The notes in {pending.fileName} will replace your current red-flag answers, appointment notes and
            progress log in this browser.
          </p>
        ) : (
          <p>
            This deletes your red-flag answers, appointment notes and progress log from this browser. It
            cannot be undone. To keep a copy, download your notes first. Your settings stay.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
