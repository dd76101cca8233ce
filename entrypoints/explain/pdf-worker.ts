// PDF.js's parser, run in a worker bundled with the extension (never fetched from anywhere).
import "pdfjs-dist/build/pdf.worker.mjs";
