import version from "virtual:sciatica-lens/vocabulary-version";
import type { CompiledVocabulary } from "../../content/matching/compile";
import type { FrameReport } from "../../utils/protocol/background";
import { createGate } from "../../content/matching/gate";
import { createMatcher, type Matcher } from "../../content/matching/matcher";
import { CATEGORIES } from "../../content/ids";
import { hiddenOn, isCategoryShown, isPaused } from "../../utils/storage/settings-rules";
import type { Settings } from "../../utils/storage/settings-schema";
import { CardController } from "./card/card-controller";
import { onTabMessage, readStart, requestGate, watchSettings } from "./extension-api";
import { adoptHighlightStyles } from "./shadow-styles";
import { Reporter } from "./report";
import { PageScanner } from "./scanner";
import { shadowRootReader } from "./walk";
import { LateShadowRoots } from "./watch-shadow-roots";
import { MutationWatcher } from "./watch-mutations";
import { watchNavigation } from "./watch-navigation";
import { loadVocabulary } from "./load-vocabulary";
import { storedGatePattern } from "../../utils/vocabulary-store";
import { pageAbout } from "./page-about";
import type { Lifetime } from "./page-context";

const REGISTRY_CHECK_MS = 2000;

/**
 * Wires the scanner to the page, the user's settings and the rest of the extension for one frame. Ends
 * (highlights removed, observers and timers stopped) when `life` does: the extension was reloaded or removed.
 */
export async function startLens(life: Lifetime): Promise<void> {
  let vocabulary: CompiledVocabulary | null = null;
  let matcher: Promise<Matcher> | null = null;
  const loadMatcher = () =>
    (matcher ??= loadVocabulary().then(
      (loaded) => {
        vocabulary = loaded;
        return createMatcher(loaded);
      },
      (error: unknown) => {
        matcher = null; // a failed load is not remembered: the next attempt asks again
        throw error;
      },
    ));
  const host = location.hostname;
  const started = await readStart();
  let settings: Settings = started.settings;
  // Just after install the gate may not be stored yet: ask for it; only if that fails, open it to all.
  const gate = createGate(
    storedGatePattern(started.gate, version) ??
      (await requestGate().then(
        (answer) => (typeof answer?.pattern === "string" ? answer.pattern : null),
        () => null,
      )),
  );
  let session: { scanner: PageScanner; stop: () => void } | null = null;
  /** The highlights shortcut's choice for this page; null follows the settings. */
  let shownHere: boolean | null = null;
  let hidden = "";
  const cards = new CardController(
    {
      scanner: () => session?.scanner ?? null,
      conceptId: (index) => vocabulary?.concepts[index]?.id,
      trigger: () => settings.cardTrigger,
      shown: (category) => isCategoryShown(settings, category),
      site: host,
    },
    life.signal,
  );

  const revealCursor = new Map<string, number>();
  const status = (): FrameReport["status"] =>
    !session ? "paused" : session.scanner.busy ? "scanning" : "done";
  const reporter = new Reporter(
    () => ({
      host,
      status: status(),
      concepts: session && vocabulary ? session.scanner.counts(vocabulary) : [],
    }),
    life.signal,
  );

  function start(): void {
    const controller = new AbortController();
    const signal = AbortSignal.any([life.signal, controller.signal]);
    const readShadow = shadowRootReader();
    const addShadowRoot = (root: ShadowRoot) => {
      adoptHighlightStyles(root);
      watcher.observe(root);
      scanner.addRoot(root);
    };
    const late = new LateShadowRoots(readShadow, addShadowRoot, signal);
    const scanner = new PageScanner(gate, loadMatcher, signal, {
      newRoot: addShadowRoot,
      customElement: (el) => late.watch(el),
      changed: (idle) => {
        reporter.schedule(idle);
        cards.update();
      },
    });
    const watcher = new MutationWatcher(
      {
        rescan: (blocks) => blocks.forEach((block) => scanner.enqueue(block)),
        dropDetached: () => scanner.dropDetached(),
        fullRescan: () => scanner.fullRescan(),
      },
      signal,
    );
    applyDisplay(scanner);
    watcher.observe(document);
    scanner.addRoot(document);
    reporter.schedule(); // usually replaced by the "done" report of a quick scan: one message, not two
    // Reading isValid ends everything if the extension is gone; otherwise put back what the page cleared.
    const registryCheck = setInterval(() => life.isValid && scanner.keepHighlights(), REGISTRY_CHECK_MS);
    session = {
      scanner,
      stop: () => {
        clearInterval(registryCheck);
        controller.abort();
        scanner.dispose();
      },
    };
  }

  function stop(): void {
    session?.stop();
    session = null;
    reporter.schedule(true);
    cards.update();
  }

  function applyDisplay(scanner: PageScanner): void {
    scanner.display({
      style: settings.highlightStyle,
      hiddenCategories: new Set(CATEGORIES.filter((c) => !isCategoryShown(settings, c))),
      shown: shownHere ?? settings.highlights,
    });
    // "Not this meaning here": those concepts are not found on this site at all, so they leave the
    // highlights, the popup and the badge; a change means one fresh pass.
    const ids = hiddenOn(settings, host);
    const key = ids.join();
    scanner.hiddenConcepts = (index) => ids.includes(vocabulary?.concepts[index]?.id ?? "");
    if (key !== hidden) {
      hidden = key;
      if (scanner.rootList.length > 0) scanner.fullRescan();
    }
    cards.update();
  }

  const apply = () => {
    const paused = isPaused(settings, host);
    if (paused && session) stop();
    else if (!paused && !session) start();
    else if (session) applyDisplay(session.scanner);
  };

  watchSettings((next) => {
    if (next.highlights !== settings.highlights) shownHere = null;
    settings = next;
    apply();
  }, life.signal);
  // A new view: the background may have cleared this tab, so the next report is sent even if it is the same.
  watchNavigation(life.signal, () => {
    reporter.forget();
    session?.scanner.fullRescan();
  });
  life.signal.addEventListener("abort", () => session?.stop(), { once: true });
  // A frame removed from its page (or navigated) takes its findings with it; the tab's own navigations
  // are the background's to clear. A frame restored from the back/forward cache reports again.
  if (window !== window.top) {
    addEventListener("pagehide", () => reporter.gone(host), { signal: life.signal });
    addEventListener("pageshow", (e) => e.persisted && reporter.schedule(true), { signal: life.signal });
  }

  onTabMessage(
    {
      "page/reveal": ({ id }) =>
        session
          ? session.scanner.reveal(id, vocabulary, revealCursor)
          : { found: false, index: -1, total: 0 },
      "page/status": () => ({ host, status: status() }),
      "page/about": () => pageAbout(),
      "page/toggle-highlights": () => {
        shownHere = !(shownHere ?? settings.highlights);
        if (session) applyDisplay(session.scanner);
        return { visible: shownHere };
      },
      "page/next-term": () => ({ found: cards.nextTerm() }),
      "page/explain-selection": () => ({ opened: cards.explainSelection() }),
    },
    life.signal,
  );

  apply();
  if (!session) reporter.schedule(true);
}
