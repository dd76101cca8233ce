import type { Page } from "@playwright/test";
import { launchWithExtension } from "../../scripts/lib/launch";
import { expect, highlightedTexts, ownHarness, test, waitForFindings, type Lens } from "./harness";
import { paintedRanges, retainedBy } from "./retained";

// Ten minutes of a busy feed, compressed: the page's own timers run on Playwright's clock, one simulated
// second per step, while the extension runs in real time. At the end the extension must hold exactly what
// a fresh load of the final page holds: no findings, ranges, observers or listeners left over.

const SIMULATED_SECONDS = 600;

/** Posts in our own words; every one names a term or two, some in more than one post. */
const TEXTS = [
  "My sciatica came back after a long drive, the pain goes down the back of my leg.",
  "The physio thinks it is piriformis syndrome rather than a disc.",
  "An MRI showed a herniated disc at L5-S1 pressing on the nerve root.",
  "Numbness in my foot is the part that worries me most.",
  "Gentle walking every day helped more than lying in bed.",
  "My doctor said spinal stenosis is common after sixty.",
  "Pins and needles in my toes again this morning.",
  "Nothing new today, just tired of sitting at the desk.",
];

const FEED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Busy feed</title></head>
<body><h1>Back pain forum</h1><main id="feed"></main><script>
const TEXTS = ${JSON.stringify(TEXTS)};
const feed = document.getElementById("feed");
let seed = 7;
const random = (n) => ((seed = (seed * 16807) % 2147483647) % n);
let made = 0;
function post() {
  const article = document.createElement("article");
  article.innerHTML = "<h2>Post " + made++ + "</h2><p>" + TEXTS[random(TEXTS.length)] + "</p><p>" + TEXTS[random(TEXTS.length)] + "</p>";
  return article;
}
let tick = 0;
setInterval(() => {
  tick++;
  feed.append(post());
  const posts = feed.children;
  if (tick % 3 === 0) posts[random(posts.length)].replaceWith(post());
  if (tick % 4 === 0) posts[random(posts.length)].querySelector("p").firstChild.data = TEXTS[random(TEXTS.length)];
  if (tick % 50 === 0) for (let i = 0; i < 10 && posts.length > 1; i++) posts[0].remove();
  if (tick % 120 === 0) { // a burst: a screenful of posts in, then gone again (a full rescan)
    const burst = document.createElement("div");
    for (let i = 0; i < 500; i++) burst.append(post());
    feed.append(burst);
    setTimeout(() => burst.remove(), 500);
  }
  while (posts.length > 30) posts[0].remove();
}, 1000);
</script></body></html>`;

async function serve(lens: Lens, page: Page, name: string, html: string): Promise<string> {
  const url = `${lens.server.url}/generated/${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
  return url;
}

test("ten minutes of a changing feed leave nothing behind beyond what is on the page", async ({
  lens: shared,
}) => {
  test.setTimeout(240_000);
  // A browser of its own: Playwright's clock belongs to the whole browser context, and a paused clock
  // would freeze the timers of every later test's pages.
  const launched = await launchWithExtension();
  try {
    await longReading(ownHarness(shared, launched), await launched.context.newPage());
  } finally {
    await launched.context.close();
  }
});

async function longReading(lens: Lens, page: Page): Promise<void> {
  // Paused: the page's timers fire only when the test moves its clock on.
  const epoch = new Date("2026-01-05T09:00:00Z").getTime();
  await page.clock.install({ time: epoch });
  await page.clock.pauseAt(epoch + 1000);
  await page.goto(await serve(lens, page, "busy-feed", FEED));
  await page.clock.runFor(5000);
  await waitForFindings(lens, page);
  const start = await retainedBy(page, lens.extensionId);
  expect(start.ranges).toBeGreaterThan(0);

  for (let second = 5; second < SIMULATED_SECONDS; second++) {
    await page.clock.runFor(1000);
    await page.waitForTimeout(10); // the extension's real time to keep up, as on a real busy page
  }
  const texts = async (p: Page) =>
    Object.entries(await highlightedTexts(p))
      .map(([name, list]) => [name, list.sort()])
      .sort(([x], [y]) => String(x).localeCompare(String(y)));
  const found = await waitForFindings(lens, page);
  const end = await retainedBy(page, lens.extensionId);
  const painted = await paintedRanges(page);
  const paintedTexts = await texts(page);
  const finalHtml = await page.evaluate(() =>
    document.documentElement.outerHTML.replace(/<script>[^]*<\/script>/, ""),
  );

  // The same page, loaded fresh (in the same tab: no window is left behind for the next test).
  await page.goto(await serve(lens, page, "busy-feed-final", finalHtml));
  const freshFound = await waitForFindings(lens, page);
  const reference = await retainedBy(page, lens.extensionId);
  expect(reference.ranges).toBeGreaterThan(0);
  expect(found).toEqual(freshFound);
  expect(painted).toBe(await paintedRanges(page));
  expect(paintedTexts).toEqual(await texts(page));
  expect(end.ranges).toBe(reference.ranges);
  expect(end.highlights).toBe(start.highlights);
  expect(end.observers).toBe(start.observers);
  expect(end.observers).toBe(reference.observers);
  expect(end.listeners).toBe(start.listeners);
}
