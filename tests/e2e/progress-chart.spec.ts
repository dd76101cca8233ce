import type { Locator, Page } from "@playwright/test";
import { expect, resetSettings, test } from "./harness";
import { logSession, openPanel, resetNotes } from "./panel-helpers";

// The Progress chart is drawn from the log: its points, dates and meaningful-change bands sit where the
// scores put them, its checkpoint is right under it, and it stays readable narrow, dark and in forced colours.

test.beforeEach(async ({ lens }) => {
  await resetNotes(lens);
  await resetSettings(lens);
});

const num = async (el: Locator, name: string) => Number(await el.getAttribute(name));

/** The y the chart gives a score, read off its own 0 and 10 grid lines. */
async function yOf(chart: Locator, score: number): Promise<number> {
  const zero = await num(chart.locator('[data-tick="0"] line'), "y1");
  const ten = await num(chart.locator('[data-tick="10"] line'), "y1");
  return zero + ((ten - zero) * score) / 10;
}

async function progress(page: Page) {
  await page.getByRole("tab", { name: "Progress" }).click();
}

test("the chart plots each session over its meaningful-change bands, with the checkpoint beside it", async ({
  lens,
}) => {
  const panel = await openPanel(lens);
  await progress(panel);
  await logSession(panel, { date: "2025-03-01", care: "Physiotherapy", before: 6, after: 5 });
  await logSession(panel, { date: "2025-03-08", care: "Physiotherapy", before: 6, after: 5 });
  const chart = panel.getByRole("img", { name: /Pain over time: Physiotherapy/ });
  await expect(chart).toHaveAttribute("data-points", "2");

  // Labelled axes: pain 0 to 10 with its ticks, and a date under each session.
  await expect(chart.locator("text").filter({ hasText: "Pain (0 to 10)" })).toHaveCount(1);
  await expect(chart.locator("text").filter({ hasText: "Session date" })).toHaveCount(1);
  await expect(chart.locator("[data-tick] text")).toHaveText(["0", "2", "4", "6", "8", "10"]);
  await expect(chart.locator("[data-date]")).toHaveCount(2);

  // The bands top out at the highest score that would be a meaningful drop from the first session.
  const bandBefore = chart.locator('[data-band="before"]');
  const bandAfter = chart.locator('[data-band="after"]');
  await expect(bandBefore).toHaveAttribute("data-band-top", "4");
  await expect(bandAfter).toHaveAttribute("data-band-top", "3");
  expect(await num(bandBefore.locator("rect"), "y")).toBeCloseTo(await yOf(chart, 4));
  expect(await num(bandAfter.locator("rect"), "y")).toBeCloseTo(await yOf(chart, 3));
  expect(await num(bandBefore.locator("rect"), "height")).toBeCloseTo(
    (await yOf(chart, 0)) - (await yOf(chart, 4)),
  );
  const legend = panel.locator(".chart__legend").first();
  await expect(legend).toContainText("Pain before the session");
  await expect(legend).toContainText("Pain after the session");
  await expect(legend.locator('[data-legend-band="before"]')).toHaveText(
    "Meaningful drop (before): 4 or lower",
  );
  await expect(chart).toHaveAccessibleName(/would be pain before 4 or lower and pain after 3 or lower/);

  // A third session, a meaningful drop: a new point where its scores are, and the checkpoint under the chart.
  await logSession(panel, { date: "2025-03-15", care: "Physiotherapy", before: 3, after: 2 });
  await expect(chart).toHaveAttribute("data-points", "3");
  const before = chart.locator(".chart__point--before");
  await expect(before).toHaveCount(3);
  expect(await num(before.nth(2), "cy")).toBeCloseTo(await yOf(chart, 3));
  expect(await num(before.nth(0), "cy")).toBeCloseTo(await yOf(chart, 6));
  expect(await num(chart.locator(".chart__point--after").nth(2), "y")).toBeCloseTo(
    (await yOf(chart, 2)) - 4.5,
  );
  expect(await num(before.nth(2), "cx")).toBeGreaterThan(await num(before.nth(1), "cx"));
  await expect(chart.locator("[data-date]")).toHaveCount(3);
  await expect(chart).toHaveAccessibleName(/Pain before went from 6 to 3; pain after went from 5 to 2/);
  const care = panel.locator('[data-care="Physiotherapy"]');
  await expect(care).toHaveAttribute("data-checkpoint", "meaningful-change");
  const message = care.locator(".checkpoint");
  await expect(message).toContainText("dropped in a meaningful way");
  const chartBox = (await chart.boundingBox())!;
  const messageBox = (await message.boundingBox())!;
  expect(messageBox.y - (chartBox.y + chartBox.height)).toBeGreaterThanOrEqual(0);
  expect(messageBox.y - (chartBox.y + chartBox.height)).toBeLessThan(120);

  // Another kind of care gets its own chart and checkpoint; each chart links to the table of every score.
  await logSession(panel, { date: "2025-03-02", care: "Massage: deep tissue", before: 0, after: 0 });
  const massage = panel.getByRole("img", { name: /Pain over time: Massage/ });
  await expect(massage).toHaveAttribute("data-points", "1");
  await expect(massage.locator("[data-band]")).toHaveCount(0); // no drop is possible from 0
  await expect(chart).toHaveAttribute("data-points", "3");
  await panel.getByRole("link", { name: "Every score is in the table of sessions." }).first().click();
  await expect(panel.locator("#sessions-table")).toBeFocused();
  await expect(panel.getByRole("table")).toBeInViewport();
  await panel.close();
});

test("the chart fits a 400 px panel at 200% zoom, in light, dark and forced colours", async ({ lens }) => {
  const panel = await openPanel(lens);
  await progress(panel);
  const days = ["01", "04", "08", "11", "15", "18", "22", "25"];
  for (const [i, day] of days.entries())
    await logSession(panel, { date: `2025-03-${day}`, care: "Physiotherapy", before: 7 - (i % 3), after: 5 });
  const chart = panel.getByRole("img", { name: /Pain over time/ });
  for (const media of [
    { colorScheme: "light" },
    { colorScheme: "dark" },
    { forcedColors: "active" },
  ] as const) {
    await panel.emulateMedia(media);
    // 200% zoom of a 400 px panel lays out as 200 CSS px; twice the text size keeps the width.
    for (const [width, text] of [
      [400, "100%"],
      [200, "100%"],
      [360, "200%"],
    ] as const) {
      await panel.setViewportSize({ width, height: 800 });
      await panel.evaluate((size) => (document.documentElement.style.fontSize = size), text);
      await chart.scrollIntoViewIfNeeded();
      const overflow = await panel.evaluate(() => {
        const body = document.querySelector(".panel__body")!;
        return Math.max(
          document.documentElement.scrollWidth - document.documentElement.clientWidth,
          body.scrollWidth - body.clientWidth,
        );
      });
      expect(overflow, `horizontal overflow at ${width} px, ${text} text`).toBeLessThanOrEqual(0);
      const figure = (await panel.locator(".chart").first().boundingBox())!;
      await expect
        .poll(async () => (await chart.boundingBox())!.width)
        .toBeLessThanOrEqual(figure.width + 0.5);
      expect((await chart.boundingBox())!.width).toBeGreaterThan(figure.width * 0.9);
      // Dates never overlap each other or run off the drawing.
      const dates = await chart.locator("[data-date]").evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [r.left, r.right];
        }),
      );
      const svg = (await chart.boundingBox())!;
      expect(dates.length).toBeGreaterThan(width === 400 ? 2 : 0);
      // The labels are drawn at the user's text size (small text, 0.875 rem), not shrunk with the drawing.
      const [drawn, root] = await chart
        .locator("[data-date]")
        .first()
        .evaluate((el) => [
          el.getBoundingClientRect().height,
          parseFloat(getComputedStyle(document.documentElement).fontSize),
        ]);
      expect(drawn / (root * 0.875)).toBeGreaterThan(0.9);
      expect(drawn / (root * 0.875)).toBeLessThan(1.6);
      for (const [i, [left, right]] of dates.entries()) {
        expect(left).toBeGreaterThanOrEqual(svg.x - 0.5);
        expect(right).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
        if (i > 0) expect(left).toBeGreaterThan(dates[i - 1][1]);
      }
      // For a person to look at (the visual spec holds the compared baselines).
      const name = `chart-${media.colorScheme ?? "forced"}-${width}-${text}.png`;
      await chart.screenshot({ path: test.info().outputPath(name) });
    }
    // The two lines differ by dash and point shape, not by colour alone, whatever the colours are.
    const style = (selector: string) =>
      chart
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { dash: s.strokeDasharray, stroke: s.stroke, fill: s.fill, tag: el.tagName };
        });
    const [lineBefore, lineAfter] = [await style(".chart__line--before"), await style(".chart__line--after")];
    expect(lineBefore.dash).toBe("none");
    expect(lineAfter.dash).not.toBe("none");
    expect((await style(".chart__point--before")).tag).toBe("circle");
    expect((await style(".chart__point--after")).tag).toBe("rect");
    const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lineBefore.stroke).not.toBe(background);
    expect(lineAfter.stroke).not.toBe(background);
  }
  await panel.close();
});

test("the sessions table breaks lines only between words and fits the panel, at 100% and 200% zoom", async ({
  lens,
}) => {
  const panel = await openPanel(lens);
  await progress(panel);
  await logSession(panel, { date: "2025-03-01", care: "Physiotherapy", before: 7, after: 6 });
  await logSession(panel, {
    date: "2025-03-05",
    care: "Massage: deep tissue",
    before: 10,
    after: 8,
    note: "Walked to the shop and back",
  });
  await logSession(panel, { date: "2025-03-08", care: "Acupuncture", before: 6, after: 4 });
  const table = panel.getByRole("table");
  // 200% zoom of a 400 px panel lays out as 200 CSS px; a wider panel (600 px) has room for the columns.
  for (const width of [600, 400, 200]) {
    await panel.setViewportSize({ width, height: 800 });
    await panel.locator(".sessions-section").evaluate((el) => el.scrollIntoView({ block: "start" }));
    const layout = await panel.evaluate(() => {
      const wrap = document.querySelector(".table-wrap")!;
      const broken: string[] = [];
      // A word drawn on two lines has two boxes.
      for (const cell of document.querySelectorAll(".sessions td, .sessions th")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const word of node.data.matchAll(/\S+/g)) {
            const range = new Range();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            if (rects.length > 1) broken.push(word[0]);
          }
        }
      }
      const page = document.scrollingElement!;
      return {
        broken,
        sideways: wrap.scrollWidth - wrap.clientWidth,
        pageSideways: page.scrollWidth - page.clientWidth,
        // Only the panel's body scrolls: the page itself (its fixed top) never moves.
        pageDown: page.scrollHeight - page.clientHeight,
      };
    });
    expect.soft(layout, `the sessions at ${width} px`).toEqual({
      broken: [],
      sideways: 0,
      pageSideways: 0,
      pageDown: 0,
    });
    await expect(table.getByRole("row")).toHaveCount(4);
    // Every score is still read with its column's name.
    const row = table.getByRole("row").filter({ hasText: "Massage: deep tissue" });
    await expect(row.getByRole("cell").nth(2)).toHaveText("10");
    await expect(table.getByRole("columnheader", { name: "Pain before" })).toHaveCount(1);
    await expect(row.getByRole("button", { name: /Delete the Massage: deep tissue session/ })).toBeVisible();
    await table.screenshot({ path: test.info().outputPath(`sessions-${width}.png`) });
  }
  await panel.close();
});
