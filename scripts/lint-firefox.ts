// Lints the Firefox build with Mozilla's addons-linter (web-ext lint), as AMO would. Fails on any error
// or notice, and on any warning except those we cannot fix inside vendor code (innerHTML in Preact and
// DOMPurify; eval and import() paths in PDF.js that our settings and CSP keep shut), each recognised by
// the code at the reported place, not by file name.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import webExt from "web-ext";

const BUILD = resolve(import.meta.dirname, "../.output/firefox-mv3");

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const VENDOR_WARNINGS: Array<{ code: string; around: RegExp; why: string }> = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    around: /innerHTML\s*=\s*\w+\.__html/,
    why: "Preact's dangerouslySetInnerHTML; our only use is components/SafeHtml.tsx, DOMPurify-sanitised bundled text",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    around: /documentElement\.innerHTML\s*=/,
    why: "DOMPurify parsing the markup it is about to sanitise, in an inert document",
  },
  // PDF.js, loaded only by the Explain page for a PDF the user gives it (entrypoints/explain/pdf-text.ts).
  {
    code: "DANGEROUS_EVAL",
    around: /new Function\(""\)/,
    why: "PDF.js testing whether eval is allowed (it is not: our CSP); we also pass isEvalSupported: false",
  },
  {
    code: "DANGEROUS_EVAL",
    around: /isEvalSupported[\s\S]*new Function\("src","srcOffset"/,
    why: "PDF.js's PostScript function compiler, used only when isEvalSupported, which we set false",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    around: /await import\(this\.workerSrc\)/,
    why: "PDF.js's fallback when it has no worker; we always give it our bundled worker (workerPort)",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    around: /openjpeg_nowasm_fallback\.js/,
    why: "PDF.js's JPEG 2000 decoder from a wasmUrl we never give; our CSP allows only our own scripts",
  },
];

function codeAround(m: Message): string {
  if (!m.file || !m.line) return "";
  const line = readFileSync(join(BUILD, m.file), "utf8").split("\n")[m.line - 1] ?? "";
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 80), at + 80);
}

const result = await webExt.cmd.lint(
  { sourceDir: BUILD, selfHosted: true, output: "none" },
  { shouldExitProgram: false },
);

const where = (m: Message) =>
  `${m.code} in ${m.file ?? "?"}:${m.line ?? "?"}:${m.column ?? "?"}: ${m.message}`;
const explained = result.warnings.map((m) => ({
  m,
  vendor: VENDOR_WARNINGS.find((v) => v.code === m.code && v.around.test(codeAround(m))),
}));
const problems = [...result.errors, ...result.notices, ...explained.filter((e) => !e.vendor).map((e) => e.m)];

for (const { m, vendor } of explained)
  if (vendor) console.log(`allowed: ${where(m)}\n         (${vendor.why})`);
console.log(
  `web-ext lint: ${result.errors.length} errors, ${result.notices.length} notices, ${result.warnings.length} warnings (${problems.length} not allowed)`,
);
if (problems.length) {
  for (const m of problems) console.error(`  ${where(m)}`);
  process.exit(1);
}
