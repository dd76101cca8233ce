import { useState } from "preact/hooks";

export interface PdfDropProps {
  /** Called with the file's text; the caller shows it in the text area and explains it. */
  onText(text: string, fileName: string): void;
}

const isPdf = (file: File) => file.type === "application/pdf" || /\.pdf$/i.test(file.name);

/** Drop or choose a PDF (a report or letter saved from a patient portal) to have its text explained. */
export function PdfDrop({ onText }: PdfDropProps) {
  const [status, setStatus] = useState("");
  const [over, setOver] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (!isPdf(file)) return setStatus(`${file.name} is not a PDF file.`);
    setStatus(`Reading ${file.name}…`);
    try {
      // Loaded only now: the page opens fast, and PDF.js is never part of any other view.
      const { pdfText } = await import("./pdf-text");
      const text = await pdfText(await file.arrayBuffer());
      if (!text.trim()) {
        return setStatus(
          `${file.name} has no text we can read. It may be a scan (a picture of the page); type or paste the words instead.`,
        );
      }
      setStatus(`Read ${file.name}.`);
      onText(text, file.name);
    } catch {
      setStatus(`Could not read ${file.name}. It may be damaged or protected with a password.`);
    }
  };

  return (
    <section
      class={over ? "pdf-drop pdf-drop--over" : "pdf-drop"}
      aria-labelledby="pdf-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void read(e.dataTransfer?.files[0]);
      }}
    >
      <h2 id="pdf-title">A PDF file</h2>
      <p class="hint">
        Sciatica Lens cannot read a PDF open in the browser's own PDF viewer: browsers keep extensions out of
        it. Save the PDF, then drop it here or choose it. It is read on this computer only.
      </p>
      <label class="pdf-drop__choose">
        Choose a PDF file
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => void read(e.currentTarget.files?.[0])}
        />
      </label>
      <p class="status" role="status" aria-live="polite" data-testid="pdf-status">
        {status}
      </p>
    </section>
  );
}
