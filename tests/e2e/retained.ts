// What the extension's content script keeps alive in a page, counted from outside through DevTools:
// no debug hook is compiled into the extension. Objects are counted in the content script's own world
// (an "isolated world" with its own StaticRange, Highlight and MutationObserver wrappers) after a full
// garbage collection, so only what is still referenced is counted.
import type { CDPSession, Page } from "@playwright/test";

export interface Retained {
  ranges: number;
  highlights: number;
  observers: number;
  /** Listeners on the page's window and document (the page's own and ours). */
  listeners: number;
}

async function isolatedWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
  await cdp.send("Runtime.enable"); // reports every existing context first
  await cdp.send("Runtime.disable");
  const world = contexts.find((c) => c.auxData?.type === "isolated" && c.origin.includes(extensionId));
  if (!world) throw new Error("the content script's world was not found");
  return world.id;
}

async function countInstances(cdp: CDPSession, contextId: number, constructor: string): Promise<number> {
  const proto = await cdp.send("Runtime.evaluate", { expression: `${constructor}.prototype`, contextId });
  const { objects } = await cdp.send("Runtime.queryObjects", {
    prototypeObjectId: proto.result.objectId!,
    objectGroup: "retained",
  });
  const count = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId!,
    functionDeclaration: "function () { return this.length; }",
    returnByValue: true,
  });
  return count.result.value as number;
}

async function listenersOn(cdp: CDPSession, expression: string): Promise<number> {
  const target = await cdp.send("Runtime.evaluate", { expression, objectGroup: "retained" });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", {
    objectId: target.result.objectId!,
  });
  return listeners.length;
}

export async function retainedBy(page: Page, extensionId: string): Promise<Retained> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const world = await isolatedWorld(cdp, extensionId);
    await cdp.send("HeapProfiler.collectGarbage");
    const retained = {
      ranges: await countInstances(cdp, world, "StaticRange"),
      highlights: await countInstances(cdp, world, "Highlight"),
      observers: await countInstances(cdp, world, "MutationObserver"),
      listeners: (await listenersOn(cdp, "window")) + (await listenersOn(cdp, "document")),
    };
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "retained" });
    return retained;
  } finally {
    await cdp.detach();
  }
}

/** Ranges in our highlights as the page sees them (the registry is shared by every world). */
export const paintedRanges = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith("sciatica-lens-")) n += h.size;
    return n;
  });
