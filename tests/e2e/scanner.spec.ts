import type { Page } from "@playwright/test";
import { expect, highlightedTexts, test, waitForFindings, type Lens } from "./harness";

/** Serves `html` at a fresh address on the test server's origin. */
async function serve(lens: Lens, page: Page, name: string, html: string): Promise<string> {
  const url = `${lens.server.url}/generated/${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
  return url;
}

const post = (text: string) => `<p>${text}</p>`;

test("drops findings and highlights for text that leaves the page", async ({ lens, page }) => {
  const url = await serve(
    lens,
    page,
    "removal",
    `<!doctype html><title>t</title><main>${post("My sciatica is back.")}<div id="gone">${post(
      "The physio thinks it is piriformis syndrome.",
    )}</div></main>`,
  );
  await page.goto(url);
  expect((await waitForFindings(lens, page)).has("piriformis-syndrome")).toBe(true);
  await page.evaluate(() => document.getElementById("gone")!.remove());
  await expect
    .poll(async () => (await waitForFindings(lens, page, 200)).has("piriformis-syndrome"))
    .toBe(false);
  const texts = Object.values(await highlightedTexts(page)).flat();
  expect(texts.some((t) => /piriformis/i.test(t))).toBe(false);
  expect(texts.some((t) => /sciatica/i.test(t))).toBe(true);
});

test("a single-page app's new view replaces the old view's concepts", async ({ lens, page }) => {
  const url = await serve(
    lens,
    page,
    "spa",
    `<!doctype html><title>app</title><main id="view">${post("Thread: my L5-S1 herniated disc and sciatica.")}</main>
     <script>
       window.go = () => {
         history.pushState({}, "", "?view=2");
         document.getElementById("view").innerHTML = "<p>Thread: sciatica and the piriformis muscle, piriformis syndrome.</p>";
       };
     </script>`,
  );
  await page.goto(url);
  expect((await waitForFindings(lens, page)).has("disc-herniation")).toBe(true);
  await page.evaluate(() => (window as unknown as { go: () => void }).go());
  await expect
    .poll(async () => {
      const found = await waitForFindings(lens, page, 200);
      return found.has("piriformis-syndrome") && !found.has("disc-herniation");
    })
    .toBe(true);
});

test("on a long page read from the middle, the block in view is marked first", async ({ lens, page }) => {
  const filler = Array.from({ length: 20000 }, (_, i) =>
    post(`Post ${i}: my sciatica flared again after sitting.`),
  ).join("");
  const url = await serve(
    lens,
    page,
    "long",
    `<!doctype html><title>long</title><section id="top">${filler}</section>
     <section id="end"><h2>End</h2>${Array.from({ length: 40 }, (_, i) =>
       post(i === 20 ? "Saddle numbness means go to hospital now." : `Reply ${i}: sciatica again today.`),
     ).join("")}</section>
     <section>${filler}</section>
     <script>
       // The reader is at the end section before the extension starts (it runs once the page is idle).
       document.addEventListener("DOMContentLoaded", () => document.getElementById("end").scrollIntoView());
       // In the first frame where the end section is marked, how much of the top section is?
       const count = (section) => {
         let n = 0;
         for (const [name, h] of CSS.highlights)
           if (name.startsWith("sciatica-lens-")) for (const r of h) if (section.contains(r.startContainer)) n++;
         return n;
       };
       const watch = () => {
         if (count(document.getElementById("end")) > 0) window.__topMarkedWhenEndWas = count(document.getElementById("top"));
         else requestAnimationFrame(watch);
       };
       requestAnimationFrame(watch);
     </script>`,
  );
  await page.goto(url);
  // Waits for the end section to be marked, not for the whole 40,000-post page: on a loaded machine the
  // full scan can outlast waitForFindings' limit, and the order is all this test is about.
  const topMarked = () =>
    page.evaluate(() => (window as unknown as { __topMarkedWhenEndWas?: number }).__topMarkedWhenEndWas);
  await expect.poll(topMarked, { timeout: 60_000 }).toBeDefined();
  // Read in document order, all 20,000 posts above would be marked before the end section.
  expect(await topMarked()).toBeLessThan(2000);
});

test("says nothing to the page: no window messages, no events named after the extension", async ({
  lens,
  page,
}) => {
  // Recorded in the page's own world from before our script starts. WXT's own content-script context
  // posts "<extension id>:scanner:wxt:content-script-started" both ways; ours must not.
  await page.addInitScript((id) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener("message", (e) => seen.push(`message ${JSON.stringify(e.data)}`), true);
    for (const name of ["content-script-started", "locationchange"])
      document.addEventListener(`${id}:scanner:wxt:${name}`, (e) => seen.push(`event ${e.type}`), true);
  }, lens.extensionId);
  const url = await serve(lens, page, "quiet", `<!doctype html><title>q</title><p>My sciatica is back.</p>`);
  await page.goto(url);
  expect((await waitForFindings(lens, page)).has("sciatica")).toBe(true);
  await page.evaluate(() => history.pushState({}, "", "?view=2"));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});
