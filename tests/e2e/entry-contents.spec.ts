import { expect, test } from "./harness";
import { openPanel } from "./panel-helpers";

// A long entry's table of contents: its links take focus and the view to each heading, by mouse or keyboard,
// inside the side panel's own scrolling part; a short entry has none.

test("a long entry's contents move focus and the view to each heading", async ({ lens }) => {
  const panel = await openPanel(lens, "?concept=sciatica");
  const contents = panel.getByRole("navigation", { name: "In this entry" });
  const links = contents.getByRole("link");
  await expect(links).toHaveText([
    "In plain English",
    "Why it matters",
    "What the evidence says",
    "When to get help",
    "Related",
    "Sources",
  ]);
  const body = panel.locator(".panel__body");
  const start = await body.evaluate((el) => el.scrollTop);

  // By keyboard: Enter on a link focuses its heading, and the next Tab carries on from there.
  await contents.getByRole("link", { name: "When to get help" }).focus();
  await panel.keyboard.press("Enter");
  const help = panel.getByRole("heading", { name: "When to get help", level: 3 });
  await expect(help).toBeFocused();
  await expect(help).toBeInViewport();
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(start + 100);
  await panel.keyboard.press("Tab");
  const afterHeading = await panel.evaluate(() => {
    const heading = document.getElementById("entry-part-whenToGetHelp")!;
    const focused = document.activeElement!;
    return (
      focused !== heading && !!(heading.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(afterHeading).toBe(true);

  // By mouse, back up the entry; the panel's address stays as it was.
  const url = panel.url();
  await panel.getByRole("link", { name: "Why it matters" }).click();
  const why = panel.getByRole("heading", { name: "Why it matters", level: 3 });
  await expect(why).toBeFocused();
  await expect(why).toBeInViewport();
  await contents.getByRole("link", { name: "Sources" }).click();
  await expect(panel.getByRole("heading", { name: "Sources", level: 3 })).toBeFocused();
  await expect(panel.getByRole("heading", { name: "Sources", level: 3 })).toBeInViewport();
  expect(panel.url()).toBe(url);
  await panel.close();
});

test("a short entry has no contents", async ({ lens }) => {
  const panel = await openPanel(lens, "?concept=paracetamol");
  await expect(panel.getByRole("heading", { level: 2, name: "Paracetamol" })).toBeVisible();
  await expect(panel.locator("[data-entry] h3")).not.toHaveCount(0);
  await expect(panel.getByRole("navigation", { name: "In this entry" })).toHaveCount(0);
  await panel.close();
});
