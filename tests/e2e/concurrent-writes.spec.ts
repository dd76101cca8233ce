import { expect, test, type Lens } from "./harness";
import { openPanel, resetNotes, stored } from "./panel-helpers";

// Two extension contexts editing the same stored item at the same time: every edit must survive. Each
// context orders its own writes, so only a lock shared by all contexts keeps a read-modify-write in one
// from straddling a write in the other.

// Terms are kept once per concept and page: 60 pages give 60 terms.
const PAGES = Array.from({ length: 60 }, (_, i) => ({
  conceptId: ["sciatica", "piriformis-syndrome", "spinal-stenosis"][i % 3]!,
  title: `Page ${i}`,
  url: `http://127.0.0.1/page-${i}`,
}));

async function resetSettings(lens: Lens): Promise<void> {
  await lens.worker.evaluate(() => chrome.storage.local.remove(["settings", "settings$"]));
}

test("a term added by the background while the side panel types keeps both the term and every keystroke", async ({
  lens,
}) => {
  test.setTimeout(120_000);
  await resetNotes(lens);
  const panel = await openPanel(lens);
  await panel.getByRole("tab", { name: "Appointment" }).click();
  const tried = panel.getByLabel("What have you tried so far, and did it help?");
  await tried.click();

  // Another extension page sends the same message the popup and the in-page card send.
  const sender = await lens.context.newPage();
  await sender.goto(`chrome-extension://${lens.extensionId}/options.html`);
  const typed = "Physio twice a week since March, walking every day, and ice after long drives. ".repeat(3);
  await Promise.all([
    tried.pressSequentially(typed, { delay: 2 }),
    sender.evaluate(async (pages) => {
      for (const payload of pages) {
        void chrome.runtime.sendMessage({ type: "notes/add-term", payload });
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
    }, PAGES),
  ]);

  await expect
    .poll(
      async () => ((await stored(lens, "appointment")) as { terms?: unknown[] } | undefined)?.terms?.length,
    )
    .toBe(PAGES.length);
  // The panel saves what is typed a moment after the last key: every keystroke must land, none be lost.
  await expect
    .poll(async () => ((await stored(lens, "appointment")) as { tried?: string } | undefined)?.tried)
    .toBe(typed);
  const appointment = (await stored(lens, "appointment")) as {
    tried: string;
    terms: { url: string }[];
  };
  expect(appointment.terms.map((t) => t.url).sort()).toEqual(PAGES.map((p) => p.url).sort());
  await expect(tried).toHaveValue(typed);
  await sender.close();
  await panel.close();
});

test("two options pages changing settings at the same time keep every change", async ({ lens }) => {
  test.setTimeout(120_000);
  await resetSettings(lens);
  const url = `chrome-extension://${lens.extensionId}/options.html`;
  const [first, second] = [await lens.context.newPage(), await lens.context.newPage()];
  await first.goto(url);
  await second.goto(url);
  const sites = Array.from({ length: 12 }, (_, i) => `site-${i}.example`);
  const categories = first
    .getByRole("group", { name: /which terms to mark/i })
    .getByRole("checkbox", { disabled: false });
  await expect(categories.first()).toBeVisible();
  const before = await categories.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));

  await Promise.all([
    // One page switches every kind of term in one go, as fast as clicks come ...
    categories.evaluateAll((boxes) => boxes.forEach((b) => (b as HTMLInputElement).click())),
    // ... while the other pauses a dozen sites.
    (async () => {
      for (const site of sites) {
        await second.getByLabel("Pause on a site").fill(site);
        await second.getByLabel("Pause on a site").press("Enter");
      }
    })(),
  ]);

  await expect
    .poll(async () => {
      const settings = (await stored(lens, "settings")) as { pausedSites: string[] } | undefined;
      return sites.filter((s) => settings?.pausedSites.includes(s)).length;
    })
    .toBe(sites.length);
  for (const page of [first, second]) {
    await page.reload();
    const boxes = page
      .getByRole("group", { name: /which terms to mark/i })
      .getByRole("checkbox", { disabled: false });
    await expect(boxes.first()).toBeVisible();
    await expect
      .poll(() => boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).checked)))
      .toEqual(before.map((on) => !on));
    await page.close();
  }
  await resetSettings(lens);
});
