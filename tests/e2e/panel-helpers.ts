import { expect, type Page } from "@playwright/test";
import type { Lens } from "./harness";

// Helpers for the side panel's end-to-end tests: the panel page is opened in a tab, where Playwright can
// drive it; `?tabId=` says which page it sits beside.

export const NOTE_KEYS = ["red-flag-answers", "appointment", "progress-log"] as const;

export const panelUrl = (lens: Pick<Lens, "extensionId">, query = "") =>
  `chrome-extension://${lens.extensionId}/sidepanel.html${query}`;

export async function openPanel(lens: Pick<Lens, "extensionId" | "context">, query = ""): Promise<Page> {
  const panel = await lens.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(panelUrl(lens, query));
  return panel;
}

/** Removes every note (and kept-aside copy) so each test starts from an empty profile's state. */
export function resetNotes(lens: Pick<Lens, "worker">): Promise<void> {
  return lens.worker.evaluate(
    async (keys) => {
      const all = await chrome.storage.local.get(null);
      const ours = Object.keys(all).filter(
        (key) => key.startsWith("recovered:") || keys.some((k) => key === k || key === `${k}$`),
      );
      await chrome.storage.local.remove(ours);
    },
    [...NOTE_KEYS],
  );
}

/** A value as the extension stored it. */
export function stored(lens: Pick<Lens, "worker">, key: string): Promise<unknown> {
  return lens.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export async function storedKeys(lens: Pick<Lens, "worker">): Promise<string[]> {
  return lens.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
}

export async function logSession(
  panel: Page,
  session: { date: string; care: string; before: number; after: number; note?: string },
): Promise<void> {
  const rows = panel.locator("[data-session]");
  const before = await rows.count();
  await panel.getByLabel("Date").fill(session.date);
  await panel.getByLabel("Kind of care").fill(session.care);
  await panel.getByLabel("Pain before (0 to 10)").selectOption(String(session.before));
  await panel.getByLabel("Pain after (0 to 10)").selectOption(String(session.after));
  await panel.getByLabel("What could you do?").fill(session.note ?? "");
  await panel.getByRole("button", { name: "Log session" }).click();
  await expect(rows).toHaveCount(before + 1);
}
