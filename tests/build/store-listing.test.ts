import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The store texts, README and changelog describe the build that ships: same description, every
// permission explained where users and reviewers read about it, a changelog entry for this version.

const ROOT = resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const manifest = JSON.parse(read(".output/chrome-mv3/manifest.json")) as {
  description: string;
  version: string;
  permissions: string[];
};
const listing = read("store/description.md");
const section = (markdown: string, heading: string) =>
  markdown
    .split(/^## /m)
    .find((s) => s.startsWith(heading))
    ?.slice(heading.length) ?? "";

describe("the store listing", () => {
  it("uses the manifest's description as its short description, within Chrome's 132 characters", () => {
    const short = section(listing, "Short description").split("\n").slice(1).join("\n").trim();
    expect(short).toBe(manifest.description);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it("justifies every permission the build asks for, and its content script", () => {
    const justified = section(listing, "Permission justifications");
    for (const permission of manifest.permissions) expect(justified).toContain(`\`${permission}\``);
    expect(justified).toContain("<all_urls>");
  });

  it("has a privacy policy that covers every permission and says nothing is collected", () => {
    const policy = read("store/privacy-policy.md");
    for (const permission of manifest.permissions) expect(policy).toContain(`\`${permission}\``);
    expect(policy).toMatch(/## What it collects\s+Nothing\./);
  });
});

describe("the README and changelog", () => {
  it("lists every permission in the README's table", () => {
    const table = section(read("README.md"), "Permissions, and why");
    for (const permission of manifest.permissions) expect(table).toContain(`| \`${permission}\``);
  });

  it("has a changelog entry for this version", () => {
    expect(read("CHANGELOG.md")).toMatch(
      new RegExp(`^## \\[${manifest.version.replace(/\./g, "\\.")}\\]`, "m"),
    );
  });
});
