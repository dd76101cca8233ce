// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { applyContextRule } from "../../../content/matching/context-rule";
import { FindingStore, type Finding } from "../../../entrypoints/scanner.content/findings";

// The page scanner keeps the context rule across blocks that come and go: what it shows must always be
// what the rule gives for all of the page's findings at once (the rule the Node path applies to a text).

const block = () => document.createElement("p");
const finding = (concept: number, contextual: boolean): Finding => ({
  concept,
  category: contextual ? "symptom" : "condition",
  contextual,
  range: document.createRange(), // happy-dom has no StaticRange; the store only keeps it
});

describe("FindingStore and the context rule", () => {
  it("shows contextual findings only while some block of the page holds an anchor finding", () => {
    const store = new FindingStore();
    const numbness = block();
    const sciatica = block();
    store.add(numbness, [finding(1, true), finding(1, true)]);
    expect(store.visible()).toEqual([]);
    expect(store.hasAnchor).toBe(false);

    store.add(sciatica, [finding(0, false)]);
    expect(store.visible()).toHaveLength(3);
    expect([...store.all()].every((f) => store.isVisible(f))).toBe(true);

    document.body.append(numbness); // the anchor's block is not on the page: it is dropped
    store.removeDetached();
    expect(store.hasAnchor).toBe(false);
    expect(store.visible()).toEqual([]);
    expect([...store.all()].some((f) => store.isVisible(f))).toBe(false);
  });

  it("agrees with the rule over the page's findings, whatever blocks they came in", () => {
    const store = new FindingStore();
    const page = [finding(2, true), finding(3, false), finding(2, true)];
    for (const f of page) store.add(block(), [f]);
    expect(store.visible()).toEqual(applyContextRule(page));
    store.clear();
    expect(store.visible()).toEqual([]);
  });
});
