import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DynamicRoutes } from "../../../scripts/lib/static-server";
import { expectationsOf } from "./expected";
import { generatedPage } from "./generated";
import { randomPage } from "./random-dom";

/**
 * The test server's part in the hostile suite: generated pages (too big to commit, or random by seed),
 * and hostile fixture pages served with the headers their label asks for (a strict CSP, say).
 */
export function hostileRoutes(fixtures: string): DynamicRoutes {
  return async (path) => {
    // Browsers ask every server for an icon; an empty one keeps a 404 out of every page's console.
    if (path === "/favicon.ico") return { body: "", headers: { "content-type": "image/x-icon" } };
    const generated = /^\/hostile\/generated\/([\w-]+)\.html$/.exec(path);
    if (generated) {
      const html = generatedPage(generated[1]);
      return html === null ? null : { body: html };
    }
    const random = /^\/hostile\/random\/(\d+)\.html$/.exec(path);
    if (random) return { body: randomPage(Number(random[1])).html };
    const fixture = /^\/hostile\/([\w-]+\.html)$/.exec(path);
    if (fixture) {
      const html = await readFile(join(fixtures, "hostile", fixture[1]), "utf8");
      const headers = LABELLED.test(html) ? expectationsOf(html, path).headers : undefined;
      return headers ? { body: html, headers } : null;
    }
    return null;
  };
}

const LABELLED = /id="expected"/;
