// Benchmark pages built from real text (MedQuAD), written to a temporary folder served from 127.0.0.1.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const MEDQUAD = join(import.meta.dirname, "../../../shared/corpora/medquad/medquad-answers.jsonl");

interface Doc {
  focus: string;
  text: string;
}

export function loadDocs(): Doc[] {
  return readFileSync(MEDQUAD, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { focus: string; qa: Array<{ a: string }> })
    .map((d) => ({ focus: d.focus, text: d.qa.map((x) => x.a).join("\n") }));
}

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);

function article(doc: Doc): string {
  const paragraphs = doc.text
    .split(/\n\s*\n|\n(?=\s*-)/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`);
  return `<article><h2>${escape(doc.focus)}</h2>${paragraphs.join("")}</article>`;
}

const page = (title: string, body: string, script = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script}</body></html>`;

/** A page of about `bytes` of MedQuAD text, starting with the sciatica documents so it has an anchor. */
function corpusPage(docs: Doc[], bytes: number): string {
  const spine = docs.filter((d) => /sciatica|back pain|spinal stenosis|herniated/i.test(d.focus));
  const rest = docs.filter((d) => !spine.includes(d));
  const parts: string[] = [];
  let size = 0;
  for (const doc of [...spine, ...rest]) {
    if (size >= bytes) break;
    const html = article(doc);
    parts.push(html);
    size += html.length;
  }
  return page(`MedQuAD ${Math.round(bytes / 1e6)} MB`, parts.join("\n"));
}

/** A forum that appends 25 posts every 300 ms and records when each batch went in. */
function infiniteScrollPage(docs: Doc[]): string {
  const posts = docs
    .filter((d) => /sciatica|back pain|spinal stenosis|herniated|piriformis|foot drop/i.test(d.focus))
    .map((d) => d.text.slice(0, 600));
  const script = `<script>
const POSTS = ${JSON.stringify(posts)};
const FOLLOW = new URLSearchParams(location.search).get("reader") !== "top";
window.__batches = [];
let n = 0;
const timer = setInterval(() => {
  const batch = document.createElement("section");
  batch.dataset.batch = String(window.__batches.length);
  for (let i = 0; i < 25; i++) {
    const p = document.createElement("div");
    p.className = "post";
    p.textContent = POSTS[n++ % POSTS.length];
    batch.append(p);
  }
  document.body.append(batch);
  if (FOLLOW) requestAnimationFrame(() => batch.scrollIntoView());
  window.__batches.push({ inserted: performance.now(), highlighted: null, el: batch });
  if (window.__batches.length >= 20) clearInterval(timer);
}, 300);
function watch() {
  for (const b of window.__batches) {
    if (b.highlighted !== null) continue;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("sciatica-lens-")) continue;
      for (const r of h) if (b.el.contains(r.startContainer)) { b.highlighted = performance.now(); break; }
      if (b.highlighted !== null) break;
    }
  }
  requestAnimationFrame(watch);
}
requestAnimationFrame(watch);
</script>`;
  return page(
    "Infinite scroll forum",
    `<h1>Sciatica forum</h1><p>Sciatica threads from our members.</p>`,
    script,
  );
}

/** Batches the busy forum appends, and how often: the page (25 long posts, ~100 KB, every 300 ms). */
export const BUSY = { batches: 32, posts: 25, postChars: 4000, everyMs: 300 };

/** Real MedQuAD answers cut into forum posts of about `postChars`, back-pain topics first. */
function busyPosts(docs: Doc[]): string[][] {
  const spine = docs.filter((d) => /sciatica|back pain|spinal|herniated|nerve|arthritis|pain/i.test(d.focus));
  const rest = docs.filter((d) => !spine.includes(d) && d.text.length > 1500);
  const pool = [...spine, ...rest];
  const posts: string[][] = [];
  for (let i = 0; i < BUSY.batches * BUSY.posts; i++) {
    const text = pool[i % pool.length].text.slice(0, BUSY.postChars);
    posts.push(
      text
        .split(/\n\s*\n|\n(?=\s*-)/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
  }
  return posts;
}

/**
 * A forum under continuous change: every 300 ms it appends 25 posts (about 100 KB of real MedQuAD text).
 * The reader follows the feed, as on an infinite-scroll forum, where new posts load at the place being
 * read: after each batch the page scrolls to it (`?reader=top` keeps the reader at the top instead).
 * For each batch it records when it went in, when the first of our highlights in it was registered, and
 * when its count of highlighted ranges last grew (checked once a frame, only when a highlight changed).
 */
function busyForumPage(docs: Doc[]): string {
  const script = `<script>
const POSTS = ${JSON.stringify(busyPosts(docs)).replace(/</g, "\\u003c")};
const BUSY = ${JSON.stringify(BUSY)};
const FOLLOW = new URLSearchParams(location.search).get("reader") !== "top";
window.__batches = [];
let n = 0;
const timer = setInterval(() => {
  const batch = document.createElement("section");
  batch.dataset.batch = String(window.__batches.length);
  for (let i = 0; i < BUSY.posts; i++) {
    const post = document.createElement("article");
    post.className = "post";
    const who = document.createElement("h3");
    who.textContent = "Member " + (n % 97);
    post.append(who);
    for (const text of POSTS[n++]) {
      const p = document.createElement("p");
      p.textContent = text;
      post.append(p);
    }
    batch.append(post);
  }
  document.body.append(batch);
  if (FOLLOW) requestAnimationFrame(() => batch.scrollIntoView());
  window.__batches.push({ inserted: performance.now(), highlighted: null, complete: null, ranges: 0 });
  if (window.__batches.length >= BUSY.batches) clearInterval(timer);
}, BUSY.everyMs);
let lastSizes = "";
function watch() {
  const sizes = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith("sciatica-lens-")) sizes.push(name + h.size);
  const key = sizes.join();
  if (key !== lastSizes) {
    lastSizes = key;
    const t = performance.now();
    const counts = new Map();
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("sciatica-lens-")) continue;
      for (const r of h) {
        const section = r.startContainer.parentElement?.closest("section[data-batch]");
        if (section) counts.set(section.dataset.batch, (counts.get(section.dataset.batch) ?? 0) + 1);
      }
    }
    for (const [index, count] of counts) {
      const b = window.__batches[Number(index)];
      if (b.highlighted === null) b.highlighted = t;
      if (count > b.ranges) { b.ranges = count; b.complete = t; }
    }
  }
  requestAnimationFrame(watch);
}
requestAnimationFrame(watch);
</script>`;
  return page(
    "Busy sciatica forum",
    `<h1>Sciatica forum</h1><p>Sciatica and back pain threads from our members.</p>`,
    script,
  );
}

/** Ordinary text with nothing to find (a long travel article). */
function noMatchPage(): string {
  const sentence =
    "The old town sits on a hill above the river, and the best way to see it is on foot in the early morning. ";
  const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Day ${i + 1}. ${sentence.repeat(4)}</p>`);
  return page("Travel notes", `<h1>A week in the hills</h1>${paragraphs.join("")}`);
}

export function writeBenchPages(): { dir: string; docs: Doc[] } {
  const docs = loadDocs();
  const dir = mkdtempSync(join(tmpdir(), "sciatica-lens-bench-"));
  writeFileSync(join(dir, "medquad-1mb.html"), corpusPage(docs, 1_000_000));
  writeFileSync(join(dir, "medquad-5mb.html"), corpusPage(docs, 5_000_000));
  writeFileSync(join(dir, "infinite-scroll.html"), infiniteScrollPage(docs));
  writeFileSync(join(dir, "busy-forum.html"), busyForumPage(docs));
  writeFileSync(join(dir, "no-match.html"), noMatchPage());
  return { dir, docs };
}
