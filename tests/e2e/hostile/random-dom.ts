// A seeded random-DOM generator: the same seed always gives the same page, its label (which concepts
// are in readable text, which only where the scanner never reads), and the same changes after load.

/** mulberry32: a small, fast, well-spread 32-bit PRNG; enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Anchor concepts with one plain form each (checked against the real matcher by the suite). */
export const TERMS: ReadonlyArray<readonly [phrase: string, id: string]> = [
  ["sciatica", "sciatica"],
  ["piriformis syndrome", "piriformis-syndrome"],
  ["cauda equina syndrome", "cauda-equina-syndrome"],
  ["spondylolisthesis", "spondylolisthesis"],
  ["radiculopathy", "radiculopathy"],
  ["saddle numbness", "saddle-numbness"],
  ["epidural steroid injection", "epidural-steroid-injection"],
  ["discectomy", "discectomy"],
  ["McKenzie method", "mckenzie-method"],
  ["nerve root compression", "nerve-root-compression"],
  ["sciatic nerve", "sciatic-nerve"],
  ["low back pain", "low-back-pain"],
];

const FILLER =
  "garden window coffee market river yellow table quiet travel music paper letter station bread summer number pencil camera forest bottle morning bicycle kitchen orange planet ticket harbour violin".split(
    " ",
  );
const HEBREW = "שלום עולם ספר בית מים".split(" ");

interface Tally {
  readable: Set<string>;
  hidden: Set<string>;
}

export interface RandomPage {
  html: string;
  must: string[];
  mustNot: string[];
}

/** Builds one page. Everything random comes from `seed`. */
export function randomPage(seed: number): RandomPage {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number) => rnd() < p;
  let ids = 0;
  let doomedDepth = 0;
  let unreachable = 0; // inside a closed shadow root, or light children a host without a slot hides
  const typeable: string[] = []; // fields and editors that stay on the page
  const field = (prefix: string) => {
    const id = `${prefix}-${ids++}`;
    if (doomedDepth === 0 && unreachable === 0) typeable.push(id);
    return id;
  };
  let budget = 260 + Math.floor(rnd() * 300); // elements left to make
  const tally: Tally = { readable: new Set(), hidden: new Set() };
  const doomed: Tally = { readable: new Set(), hidden: new Set() };

  const words = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(" ");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  /** A run of words that may carry a term; `into` records where the term went. */
  function text(into: Set<string>, p = 0.3): string {
    if (!chance(p)) return words(2 + Math.floor(rnd() * 8));
    const [phrase, id] = pick(TERMS);
    into.add(id);
    return `${words(1 + Math.floor(rnd() * 4))} ${phrase}, ${words(1 + Math.floor(rnd() * 4))}`;
  }

  /** Inline content of a paragraph: text, inline elements, a term split across an element boundary. */
  function inline(into: Tally): string {
    const parts: string[] = [];
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n && budget > 0; i++) {
      const r = rnd();
      budget--;
      if (r < 0.45) parts.push(escape(text(into.readable)));
      else if (r < 0.6) {
        const tag = pick(["em", "strong", "span", "a", "code", "b", "i"]);
        parts.push(`<${tag}>${escape(text(into.readable))}</${tag}>`);
      } else if (r < 0.7) {
        // A two-word term split by inline markup is still one term: "piriformis <b>syndrome</b>".
        const [phrase, id] = pick(TERMS.filter(([p]) => p.includes(" ")));
        const [first, ...rest] = phrase.split(" ");
        into.readable.add(id);
        parts.push(`${words(2)} ${first} <b>${rest.join(" ")}</b> ${words(2)}`);
      } else if (r < 0.78) parts.push(`<br>${escape(words(3))}`);
      else if (r < 0.86)
        parts.push(`<span dir="rtl">${pick(HEBREW)} ${escape(text(into.readable))} ${pick(HEBREW)}</span>`);
      else if (r < 0.93)
        parts.push(`<input id="${field("field")}" value="${escape(text(into.hidden, 0.6))}">`);
      else parts.push(`<!-- ${words(3)} -->${escape(words(2))}`);
    }
    return parts.join(" ");
  }

  function block(depth: number, into: Tally): string {
    budget--;
    const r = rnd();
    if (depth > 5 || budget <= 0 || r < 0.3) return `<p>${inline(into)}</p>`;
    if (r < 0.45) {
      const tag = pick(["div", "section", "article", "blockquote", "main", "aside"]);
      return `<${tag}>${children(depth, into)}</${tag}>`;
    }
    if (r < 0.52)
      return `<ul>${Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => `<li>${inline(into)}</li>`).join("")}</ul>`;
    if (r < 0.57)
      return `<table><tbody>${Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `<tr><td>${inline(into)}</td><td>${escape(words(2))}</td></tr>`).join("")}</tbody></table>`;
    if (r < 0.62) return `<h2>${escape(text(into.readable))}</h2>`;
    if (r < 0.66) return `<textarea id="${field("field")}">${escape(text(into.hidden, 0.7))}</textarea>`;
    if (r < 0.7)
      return `<div contenteditable="true" id="${field("editor")}"><p>${escape(text(into.hidden, 0.7))}</p></div>`;
    if (r < 0.73) return `<script type="text/plain">${escape(text(into.hidden, 0.8))}</script>`;
    if (r < 0.75) return `<template><p>${escape(text(into.hidden, 0.8))}</p></template>`;
    if (r < 0.77) return `<select><option>${escape(text(into.hidden, 0.8))}</option></select>`;
    if (r < 0.79) return `<button type="button">${escape(text(into.hidden, 0.8))}</button>`;
    if (r < 0.81) return `<svg width="200" height="20"><text x="0" y="15">${escape(words(3))}</text></svg>`;
    if (r < 0.86) {
      const mode = pick(["open", "closed"]);
      const slot = chance(0.5);
      if (mode === "closed") unreachable++;
      const shadow = `<p>${inline(into)}</p>${slot ? "<slot></slot>" : ""}`;
      if (mode === "closed") unreachable--;
      if (!slot) unreachable++;
      const light = `<p>${inline(into)}</p>`;
      if (!slot) unreachable--;
      return `<x-card-${depth}><template shadowrootmode="${mode}">${shadow}</template>${light}</x-card-${depth}>`;
    }
    if (r < 0.89) {
      const inner = { readable: new Set<string>(), hidden: new Set<string>() };
      const body = `<p>${escape(text(inner.readable, 0.6))}</p>`;
      for (const id of inner.readable) into.readable.add(id);
      return `<iframe title="frame ${ids++}" srcdoc="${body.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"></iframe>`;
    }
    if (r < 0.93 && depth < 3) {
      // Removed by the page after load: what is only in here must not be reported in the end.
      doomedDepth++;
      const inner = children(depth, doomed);
      doomedDepth--;
      return `<div class="doomed">${inner}</div>`;
    }
    return `<details open><summary>${escape(words(2))}</summary><p>${inline(into)}</p></details>`;
  }

  function children(depth: number, into: Tally): string {
    const n = 1 + Math.floor(rnd() * 5);
    const out: string[] = [];
    for (let i = 0; i < n && budget > 0; i++) out.push(block(depth + 1, into));
    return out.join("\n");
  }

  const body: string[] = [];
  while (budget > 0) body.push(block(0, tally));

  // Changes after load, at seeded times: new posts (with terms), the doomed blocks removed, text replaced.
  const added = { readable: new Set<string>(), hidden: new Set<string>() };
  const posts = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => text(added.readable, 0.7));
  const delays = posts.map(() => 20 + Math.floor(rnd() * 150));
  const script = `
    (function () {
      var posts = ${JSON.stringify(posts)}, delays = ${JSON.stringify(delays)}, i = 0;
      function next() {
        if (i === 0) document.querySelectorAll(".doomed").forEach(function (el) { el.remove(); });
        if (i < posts.length) {
          var p = document.createElement("p");
          p.textContent = posts[i];
          document.getElementById("feed").appendChild(p);
          setTimeout(next, delays[i++]);
        } else {
          window.__settled = true;
        }
      }
      addEventListener("load", function () { setTimeout(next, 100); });
    })();`;

  const readable = new Set([...tally.readable, ...added.readable]);
  const mentioned = new Set([...tally.hidden, ...doomed.readable, ...doomed.hidden]);
  const must = [...readable].sort();
  const mustNot = [...mentioned].filter((id) => !readable.has(id)).sort();
  const firstField = typeable.find((id) => id.startsWith("field"));
  const firstEditor = typeable.find((id) => id.startsWith("editor"));
  const expected = {
    must,
    mustNot,
    exact: true,
    settle: true,
    type: [firstField, firstEditor].filter(Boolean).map((id) => `#${id}`),
    select: ["#feed"],
  };
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Random page ${seed}</title>
<script type="application/json" id="expected">${JSON.stringify(expected)}</script>
</head><body>
${body.join("\n")}
<div id="feed"><p>${escape(words(6))}</p></div>
<script>${script}</script>
</body></html>`;
  return { html, must, mustNot };
}
