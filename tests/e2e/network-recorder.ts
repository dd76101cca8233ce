import type { BrowserContext, CDPSession } from "@playwright/test";

export interface RecordedRequest {
  readonly url: string;
  /** Who saw it: Playwright's context-wide recorder, or our own DevTools session on an extension target. */
  readonly via: "playwright" | "devtools";
  /**
   * Where it came from: a page or frame address, "service worker", "navigation" (a page or frame loading
   * its document), or the DevTools target's address.
   */
  readonly from: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached: boolean;
}

/**
 * Records every request Chromium starts in a context, from every kind of sender:
 *  - Playwright's context-wide `request` event: pages, their frames (also cross-origin ones), workers,
 *    and the extension's service worker (tests/e2e/privacy.spec.ts proves each with a deliberate request);
 *  - a DevTools session of our own on every extension target Playwright does not attach to, such as the
 *    real side panel, with Network events on; `watchExtensionTargets` reloads such a target once watched,
 *    so its record starts with its very first request.
 */
export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  private browserSession: CDPSession | null = null;
  private readonly watched = new Map<string, string>(); // targetId → sessionId
  private nextId = 1;

  constructor(private readonly context: BrowserContext) {
    context.on("request", (request) => {
      let from = "service worker";
      if (request.isNavigationRequest()) from = "navigation";
      else if (!request.serviceWorker()) {
        try {
          from = request.frame().url() || "(new frame)";
        } catch {
          from = "worker";
        }
      }
      this.requests.push({ url: request.url(), via: "playwright", from });
    });
  }

  /**
   * Attaches to every target of `extensionId` that Playwright has not, turns on its Network events and
   * reloads it. Call after opening such a target (the real side panel); returns the addresses now watched.
   */
  async watchExtensionTargets(extensionId: string): Promise<string[]> {
    const session = await this.session();
    const { targetInfos } = (await session.send("Target.getTargets")) as { targetInfos: TargetInfo[] };
    const ours = targetInfos.filter(
      (t) => t.type === "page" && !t.attached && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    for (const target of ours) {
      if (this.watched.has(target.targetId)) continue;
      const { sessionId } = (await session.send("Target.attachToTarget", {
        targetId: target.targetId,
        flatten: false,
      })) as { sessionId: string };
      this.watched.set(target.targetId, sessionId);
      await this.sendTo(sessionId, "Network.enable");
      await this.sendTo(sessionId, "Page.reload");
    }
    return ours.map((t) => t.url);
  }

  /** Reloads the watched target at `urlPart` again (a reload sent while its first load ran can be lost). */
  async reloadWatched(urlPart: string): Promise<void> {
    await this.evaluateInWatched(urlPart, "location.reload()");
  }

  /** Runs script in a watched target (used by the control case to make a deliberate request). */
  async evaluateInWatched(urlPart: string, expression: string): Promise<void> {
    const session = await this.session();
    const { targetInfos } = (await session.send("Target.getTargets")) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find((t) => this.watched.has(t.targetId) && t.url.includes(urlPart));
    if (!target) throw new Error(`no watched target at ${urlPart}`);
    await this.sendTo(this.watched.get(target.targetId)!, "Runtime.evaluate", { expression });
  }

  /** Requests whose address `allowed` refuses. */
  unexpected(allowed: (url: URL) => boolean): RecordedRequest[] {
    return this.requests.filter((r) => {
      try {
        return !allowed(new URL(r.url));
      } catch {
        return true;
      }
    });
  }

  async stop(): Promise<void> {
    await this.browserSession?.detach().catch(() => undefined);
    this.browserSession = null;
  }

  private async session(): Promise<CDPSession> {
    if (this.browserSession) return this.browserSession;
    const browser = this.context.browser();
    if (!browser) throw new Error("no browser-level DevTools session for this context");
    const session = await browser.newBrowserCDPSession();
    session.on("Target.receivedMessageFromTarget", (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as {
        method?: string;
        params?: { request?: { url: string }; documentURL?: string };
      };
      if (message.method === "Network.requestWillBeSent" && message.params?.request) {
        this.requests.push({
          url: message.params.request.url,
          via: "devtools",
          from: message.params.documentURL ?? "extension target",
        });
      }
    });
    this.browserSession = session;
    return session;
  }

  private sendTo(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    return this.session().then((s) =>
      s.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({ id: this.nextId++, method, params }),
      }),
    );
  }
}
