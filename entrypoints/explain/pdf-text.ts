// The text of a PDF file the user dropped or chose, read here in the extension page with PDF.js. Only
// this page loads it (the page scanner never does), and only when a PDF is given.
import PdfWorker from "./pdf-worker.ts?worker";

/** Longest PDF we read: a report or letter is a few pages; a book would only slow the page. */
const MAX_PAGES = 50;

let worker: Worker | null = null;

/** The PDF's text, page by page; lines are kept where PDF.js marks the end of one. */
export async function pdfText(data: ArrayBuffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist");
  // Vite bundles the worker as a file of ours (a blob or remote worker would break our CSP, rightly).
  worker ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    // No code from strings (our CSP forbids it anyway), no fonts loaded into the page, nothing fetched.
    isEvalSupported: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text.trim());
    }
    return pages.join("\n\n");
  } finally {
    await task.destroy();
  }
}
