import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { reportLabel } from "../../scripts/lib/corpus-score";
import { FIXTURES, expect, type Lens } from "./harness";

export const REPORTS = join(FIXTURES, "reports");

export interface Labelled {
  must: string[];
  may: string[];
  mustNot: string[];
  text: string;
}

/** A report fixture: its label block between "---" lines, then the text. */
export const readReport = (file: string): Labelled =>
  reportLabel(readFileSync(join(REPORTS, file), "utf8"), file);

export const explainUrl = (lens: Pick<Lens, "extensionId">) =>
  `chrome-extension://${lens.extensionId}/explain.html`;

/** Pastes `text` into the Explain page and presses Explain, as a user would; returns the listed ids. */
export async function explainOnPage(page: Page, text: string): Promise<string[]> {
  await page.getByLabel("Your report, letter or other text").fill(text);
  await page.getByRole("button", { name: "Explain", exact: true }).click();
  await expect(page.getByTestId("explain-status")).toHaveText(/found in your text|No sciatica terms/);
  // The result shown is this text's, not the one before it.
  await expect.poll(() => page.getByTestId("marked-text").textContent()).toBe(text);
  return page
    .locator(".glossary > li[data-concept]")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-concept")!));
}
