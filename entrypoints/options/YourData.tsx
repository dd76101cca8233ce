import { useRef, useState } from "preact/hooks";
import { downloadText } from "../../components/download";
import {
  applyImport,
  buildExport,
  deleteEverything,
  exportFileName,
  parseImportFile,
} from "../../utils/backup";

type Message = { kind: "ok" | "error"; text: string } | null;

/** Export, import and delete what Sciatica Lens has saved. Nothing is sent anywhere: files stay with the user. */
export function YourData() {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const exportData = async () => {
    downloadText(await buildExport(), exportFileName());
    setMessage({ kind: "ok", text: "Your settings were saved to a file in your downloads." });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = await parseImportFile(file);
    if (fileInput.current) fileInput.current.value = "";
    if (!parsed.ok) return setMessage({ kind: "error", text: parsed.error });
    await applyImport(parsed.data);
    setMessage({ kind: "ok", text: `Imported: ${parsed.summary}.` });
  };

  const remove = async () => {
    await deleteEverything();
    setConfirming(false);
    setMessage({
      kind: "ok",
      text: "Everything Sciatica Lens had saved is deleted. Settings are back to their defaults.",
    });
    deleteButton.current?.focus();
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Your settings, the terms you hid and your notes from the side panel are kept in this browser only.
        Save them all to one file to keep a copy or move them to another browser, or delete them.
      </p>
      <div class="row">
        <button type="button" onClick={() => void exportData()}>
          Export to a file
        </button>
        <label class="file-button">
          Import from a file
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <button
          type="button"
          ref={deleteButton}
          class="danger"
          aria-expanded={confirming}
          aria-controls={confirming ? "confirm-delete" : undefined}
          onClick={() => setConfirming(!confirming)}
        >
          Delete everything
        </button>
      </div>
      {confirming && (
        <div class="confirm" id="confirm-delete" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            Delete your settings, the terms you hid, your checklist answers, appointment notes and progress
            log, and anything else Sciatica Lens has saved? This cannot be undone.
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void remove()} ref={(el) => el?.focus()}>
              Yes, delete everything
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                deleteButton.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class={message?.kind === "error" ? "error" : "note"} role="status">
        {message?.text}
      </p>
    </section>
  );
}
