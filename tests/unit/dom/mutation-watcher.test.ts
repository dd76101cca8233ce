// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MutationWatcher, type MutationSink } from "../../../entrypoints/scanner.content/watch-mutations";

// The watcher turns a page's mutations into batched rescans of the blocks they touched.

let sink: {
  rescan: ReturnType<typeof vi.fn>;
  dropDetached: ReturnType<typeof vi.fn>;
  fullRescan: ReturnType<typeof vi.fn>;
};
let life: AbortController;

/** Lets the MutationObserver deliver, then lets the watcher's settle timer run. */
async function settle(ms = 1_100): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  document.body.innerHTML = `<main><article id="a"><p id="p1">first post</p></article></main><textarea id="t"></textarea><div id="ed" contenteditable="true"><p>draft</p></div>`;
  sink = { rescan: vi.fn(), dropDetached: vi.fn(), fullRescan: vi.fn() };
  life = new AbortController();
  const watcher = new MutationWatcher(sink as unknown as MutationSink, life.signal);
  watcher.observe(document);
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

const rescanned = (): string[] =>
  sink.rescan.mock.calls.flatMap(([blocks]) => (blocks as Element[]).map((b) => b.id || b.localName));

describe("the mutation watcher", () => {
  it("rescans an added post as one block, once, after the page settles", async () => {
    const post = Object.assign(document.createElement("article"), { id: "b" });
    post.innerHTML = "<p>sciatica down my leg</p><p>second paragraph</p>";
    document.querySelector("main")!.append(post);
    await settle();
    expect(rescanned()).toEqual(["b"]);
    expect(sink.fullRescan).not.toHaveBeenCalled();
  });

  it("rescans the block whose text changed", async () => {
    (document.getElementById("p1")!.firstChild as Text).data = "piriformis now";
    await settle();
    expect(rescanned()).toEqual(["p1"]);
  });

  it("only the outermost of nested changed blocks is rescanned", async () => {
    const article = document.getElementById("a")!;
    article.append(Object.assign(document.createElement("p"), { id: "p2", textContent: "more" }));
    (document.getElementById("p1")!.firstChild as Text).data = "changed too";
    article.append(document.createTextNode(" inline text added to the article "));
    await settle();
    expect(rescanned()).toEqual(["a"]);
  });

  it("says when something was removed, so findings in it are dropped", async () => {
    document.getElementById("a")!.remove();
    await settle();
    expect(sink.dropDetached).toHaveBeenCalledTimes(1);
    expect(sink.rescan).not.toHaveBeenCalled();
  });

  it("ignores typing in form fields and editors", async () => {
    document.getElementById("t")!.textContent = "sciatica typed";
    document.querySelector("#ed p")!.textContent = "sciatica in my editor";
    await settle();
    expect(sink.rescan).not.toHaveBeenCalled();
    expect(sink.fullRescan).not.toHaveBeenCalled();
  });

  it("turns a burst of hundreds of new blocks into one full rescan", async () => {
    const main = document.querySelector("main")!;
    for (let i = 0; i < 450; i++)
      main.append(Object.assign(document.createElement("p"), { textContent: `post ${i}` }));
    await settle();
    expect(sink.fullRescan).toHaveBeenCalledTimes(1);
    expect(sink.rescan).not.toHaveBeenCalled();
  });

  it("stops watching when the scanner ends", async () => {
    life.abort();
    document.querySelector("main")!.append(document.createElement("p"));
    await settle();
    expect(sink.rescan).not.toHaveBeenCalled();
  });
});
