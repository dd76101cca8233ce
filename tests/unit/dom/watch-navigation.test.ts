// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ContentScriptContext } from "../../../entrypoints/scanner.content/page-context";
import { watchLocation, watchNavigation } from "../../../entrypoints/scanner.content/watch-navigation";

// A frame watches its address once: the scanner's rescans and WXT's "wxt:locationchange" share one
// watcher, and each listener ends with its own AbortSignal.

const go = (path: string) => history.pushState(null, "", path);
let lives: AbortController[];
const life = () => {
  const controller = new AbortController();
  lives.push(controller);
  return controller;
};

beforeEach(() => {
  lives = [];
  go("/start");
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
});
afterEach(() => {
  for (const controller of lives) controller.abort();
  vi.useRealTimers();
  delete (window as { navigation?: EventTarget }).navigation;
});

describe("without the Navigation API (a poll)", () => {
  it("serves the scanner and WXT's location event from one poll", () => {
    const poll = vi.spyOn(globalThis, "setInterval");
    const rescan = vi.fn();
    const changes: string[] = [];
    watchNavigation(life().signal, rescan);
    const ctx = new ContentScriptContext("scanner");
    ctx.addEventListener(window, "wxt:locationchange", (e: { newUrl: URL; oldUrl: URL }) =>
      changes.push(`${e.oldUrl.pathname}${e.oldUrl.hash} -> ${e.newUrl.pathname}${e.newUrl.hash}`),
    );
    expect(poll).toHaveBeenCalledTimes(1);
    go("/next");
    vi.advanceTimersByTime(1000);
    go("/next#section");
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual(["/start -> /next", "/next -> /next#section"]);
    expect(rescan).toHaveBeenCalledTimes(1); // a hash-only change keeps the same view
    ctx.abort();
  });

  it("stops calling a listener once its signal aborts, and stops polling after the last", () => {
    const first = vi.fn();
    const second = vi.fn();
    const a = life();
    const b = life();
    watchLocation(first, a.signal);
    watchLocation(second, b.signal);
    a.abort();
    go("/elsewhere");
    vi.advanceTimersByTime(1000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    b.abort();
    expect(vi.getTimerCount()).toBe(0);
    go("/again");
    vi.advanceTimersByTime(2000);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("ignores a listener whose signal has already aborted", () => {
    const late = vi.fn();
    const gone = new AbortController();
    gone.abort();
    watchLocation(late, gone.signal);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("with the Navigation API", () => {
  it("looks once the navigation has succeeded, with no poll", () => {
    const navigation = new EventTarget();
    (window as { navigation?: EventTarget }).navigation = navigation;
    const rescan = vi.fn();
    const own = life();
    watchNavigation(own.signal, rescan);
    expect(vi.getTimerCount()).toBe(0);
    go("/spa/page-2");
    navigation.dispatchEvent(new Event("navigatesuccess"));
    expect(rescan).toHaveBeenCalledTimes(1);
    own.abort();
    go("/spa/page-3");
    navigation.dispatchEvent(new Event("navigatesuccess"));
    expect(rescan).toHaveBeenCalledTimes(1);
  });
});
