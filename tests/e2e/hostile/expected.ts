// What a hostile page declares about itself, in <script type="application/json" id="expected">, the way
// tests/fixtures/pages label theirs. Read by the test server (headers) and by tests/e2e/hostile.spec.ts.

export interface HostileExpectations {
  /** Concepts the extension must find (in any frame). */
  must: string[];
  /** Concepts it must not report: their words are only where it never reads (inputs, editors, scripts). */
  mustNot: string[];
  /** True: the concepts found must be exactly `must` (generated pages, whose every word is known). */
  exact?: boolean;
  /** Exact texts our highlights must cover (all of them, in any order), where offsets are the risk. */
  highlightTexts?: string[];
  /** False where the page's text is found but cannot be painted (SVG text, say). Default: true. */
  painted?: boolean;
  /** Selectors of fields and editors to type into, with and without the extension. */
  type?: string[];
  /** Selectors of elements whose text is selected with the mouse, with and without the extension. */
  select?: string[];
  /** True: the page runs for a while; the harness waits for `window.__settled === true` before comparing. */
  settle?: boolean;
  /** Response headers the test server sends with the page (a strict CSP, say). */
  headers?: Record<string, string>;
  /** Extra time (ms) after settling, for pages whose own timers run out later (highlight registry checks). */
  waitMs?: number;
}

const LABEL = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/;

export function expectationsOf(html: string, where: string): HostileExpectations {
  const json = LABEL.exec(html)?.[1];
  if (!json) throw new Error(`${where} has no <script type="application/json" id="expected"> label`);
  const parsed = JSON.parse(json) as Partial<HostileExpectations>;
  if (!Array.isArray(parsed.must) || !Array.isArray(parsed.mustNot))
    throw new Error(`${where}: the label needs "must" and "mustNot" lists`);
  return parsed as HostileExpectations;
}

/** A page of the suite: where it is served, what it declares, and how to get it again. */
export interface HostilePage {
  name: string;
  path: string;
  expected: HostileExpectations;
  /** Said with every failure: the fixture file, generator or seed. */
  note: string;
}
