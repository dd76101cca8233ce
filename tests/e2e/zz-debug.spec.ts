import { test, waitForFindings } from "./harness";
test("debug", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/pages/dom-iframe-srcdoc.html`);
  await waitForFindings(lens, page, 1500);
  const frame = page.frames()[1];
  console.log("frame url", frame.url());
  console.log("frame highlights", await frame.evaluate(() => [...CSS.highlights.keys()]));
  console.log("top highlights", await page.evaluate(() => [...CSS.highlights.keys()]));
  const sw = await lens.worker.evaluate(async () => (await chrome.scripting?.getRegisteredContentScripts?.()) ?? "no scripting");
  console.log(JSON.stringify(sw));
});
