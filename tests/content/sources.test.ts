import { describe, expect, it } from "vitest";
import { entries, readShared, sources } from "./load";

const citedIn = (markdown: string): string[] =>
  [...markdown.matchAll(/\[@([^\]]+)\]/g)].flatMap((m) => m[1].split(/;\s*@?/).map((k) => k.trim()));

describe("sources", () => {
  it("lists only keys that shared/sources.md has", () => {
    const shared = readShared("sources.md");
    if (shared === null) return;
    const keys = new Set(
      [...shared.matchAll(/^### (.*)$/gm)].flatMap((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((k) => k[1])),
    );
    // A helper may add a source it checked itself; it then says who checked it and on what identifier.
    for (const [key, source] of Object.entries(sources))
      expect(keys.has(key) || source.verifiedBy !== undefined, `${key} is not in shared/sources.md`).toBe(
        true,
      );
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    "%s cites only known, checked sources, and lists what it cites",
    (_, e) => {
      expect(e.sources.length, "every entry has at least one source").toBeGreaterThan(0);
      for (const key of e.sources) {
        expect(sources[key], `unknown source key "${key}"`).toBeDefined();
        expect(sources[key].status, `"${key}" was not found when checked`).not.toBe("NOT FOUND");
      }
      for (const section of [e.caveat, ...Object.values(e.sections)]) {
        for (const key of citedIn(section ?? ""))
          expect(e.sources, `cited "${key}" but not listed`).toContain(key);
      }
    },
  );

  it.each(entries.filter((e) => e.sections.evidence).map((e) => [e.id, e] as const))(
    "%s cites a source in every evidence statement",
    (_, e) => {
      const statements = e.sections
        .evidence!.split(/\n\s*\n|\n(?=\s*[-*+] |\s*\d+\. )/)
        .map((s) => s.trim())
        .filter((s) => s && !/^#/.test(s));
      for (const statement of statements) {
        // A lead-in line that ends with a colon introduces a cited list.
        if (/:\s*$/.test(statement)) continue;
        expect(citedIn(statement).length, `no citation in: "${statement.slice(0, 80)}…"`).toBeGreaterThan(0);
      }
    },
  );

  it("every source shown has a citation and, where known, a https link", () => {
    for (const [key, source] of Object.entries(sources)) {
      expect(source.citation.length, key).toBeGreaterThan(10);
      if (source.url) expect(source.url, key).toMatch(/^https:\/\//);
    }
  });
});
