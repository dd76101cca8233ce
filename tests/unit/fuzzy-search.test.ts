import { describe, expect, it } from "vitest";
import { createSearchIndex, editDistance } from "../../content/fuzzy-search";
import { buildKnowledge, buildSearchTerms } from "../../scripts/knowledge-plugin";
import { loadEntries, loadSources } from "../../scripts/load-content";

const entries = loadEntries();
const index = createSearchIndex(buildKnowledge(entries, loadSources()).concepts, buildSearchTerms(entries));
const top = (query: string) => index.search(query)[0]?.id;

describe("search over every bundled concept", () => {
  it.each([
    ["sciatica", "sciatica"],
    ["siatica", "sciatica"],
    ["sciatca", "sciatica"],
    ["pirformis", "piriformis-syndrome"],
    ["piriformis", "piriformis-syndrome"],
    ["herniated disk", "disc-herniation"],
    ["slipped disc", "disc-herniation"],
    ["cauda equina", "cauda-equina-syndrome"],
    ["lyrica", "nerve-pain-medicines"],
    ["physio", "physiotherapy"],
    ["myofacial", "myofascial-release"],
    ["foot drop", "foot-drop"],
  ])("%j finds %s first", (query, id) => {
    expect(top(query)).toBe(id);
  });

  it("finds nothing for unrelated or too short queries", () => {
    expect(index.search("zebra crossing")).toEqual([]);
    expect(index.search("a")).toEqual([]);
  });

  it("searches names before the search words have loaded, and words once they have", () => {
    const namesOnly = createSearchIndex(buildKnowledge(entries, loadSources()).concepts);
    expect(namesOnly.search("pirformis")[0]?.id).toBe("piriformis-syndrome");
    expect(namesOnly.search("lyrica")).toEqual([]);
    expect(index.search("lyrica")[0]?.id).toBe("nerve-pain-medicines");
  });

  it("measures edit distance with swapped letters as one mistake", () => {
    expect(editDistance("sciatcia", "sciatica", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
