import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createMatcher } from "../../content/matcher";
import { handleMessages } from "../../utils/messaging";
import { isPaused, settingsItem, type Settings } from "../../utils/storage/settings";
import { adoptHighlightStyles } from "./shadow-styles";
import { createRevealer } from "./reveal";
import { countConcepts, Reporter } from "./report";
import { PageScanner } from "./scanner";
import { shadowRootReader } from "./walk";
import { LateShadowRoots } from "./watch-shadow-roots";
import { MutationWatcher } from "./watch-mutations";
import { watchNavigation } from "./watch-navigation";
import { loadVocabulary } from "./load-vocabulary";

const REGISTRY_CHECK_MS = 2000;

/** Wires the scanner to the page, the user's settings and the rest of the extension for one frame. */
export async function startLens(ctx: ContentScriptContext): Promise<void> {
  const vocabulary = await loadVocabulary();
  const matcher = createMatcher(vocabulary);
  const host = location.hostname;
  let settings: Settings = await settingsItem.getValue();
  let session: { scanner: PageScanner; stop: () => void } | null = null;

  const reporter = new Reporter(
    () => ({
      host,
      status: !session ? "paused" : session.scanner.busy ? "scanning" : "done",
      concepts: session ? countConcepts(session.scanner.store, vocabulary) : [],
    }),
    ctx.signal,
  );

  function start(): void {
    const controller = new AbortController();
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    const readShadow = shadowRootReader();
    const addShadowRoot = (root: ShadowRoot) => {
      adoptHighlightStyles(root);
      watcher.observe(root);
      scanner.addRoot(root);
    };
    const late = new LateShadowRoots(readShadow, addShadowRoot, signal);
    const scanner = new PageScanner(matcher, signal, {
      newRoot: addShadowRoot,
      customElement: (el) => late.watch(el),
      changed: (idle) => reporter.schedule(idle),
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
    reporter.schedule(true);
    const registryCheck = setInterval(() => scanner.painter.register(), REGISTRY_CHECK_MS);
    session = {
      scanner,
      stop: () => {
        clearInterval(registryCheck);
        controller.abort();
        scanner.painter.unregister();
      },
    };
  }

  function stop(): void {
    session?.stop();
    session = null;
    reporter.schedule(true);
  }

  function applyDisplay(scanner: PageScanner): void {
    scanner.painter.setShown(settings.highlights);
  }

  const apply = () => {
    const paused = isPaused(settings, host);
    if (paused && session) stop();
    else if (!paused && !session) start();
    else if (session) applyDisplay(session.scanner);
  };

  settingsItem.watch((next) => {
    settings = next;
    apply();
  });
  watchNavigation(ctx, () => session?.scanner.fullRescan());
  ctx.signal.addEventListener("abort", () => session?.stop(), { once: true });

  handleMessages(
    {
      "page/reveal": ({ id }) =>
        session ? createRevealerFor(session.scanner)(id) : { found: false, index: -1, total: 0 },
      "page/set-highlights": ({ visible }) => {
        session?.scanner.painter.setShown(visible);
        return { ok: true };
      },
    },
    ctx.signal,
  );

  const revealers = new WeakMap<PageScanner, ReturnType<typeof createRevealer>>();
  function createRevealerFor(scanner: PageScanner) {
    let revealer = revealers.get(scanner);
    if (!revealer)
      revealers.set(scanner, (revealer = createRevealer(scanner.store, scanner.painter, vocabulary)));
    return revealer;
  }

  apply();
  if (!session) reporter.schedule(true);
}
