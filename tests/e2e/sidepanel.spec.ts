import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { guessRegion, routeFor } from "../../content/emergency";
import { NOT_A_DIAGNOSIS } from "../../content/red-flag-action";
import { expect, resetSettings, tabIdOf, test, waitForFindings, withRestart } from "./harness";
import { logSession, openPanel, resetNotes, stored, storedKeys } from "./panel-helpers";

test.beforeEach(async ({ lens }) => {
  await resetNotes(lens);
  await resetSettings(lens); // no region chosen: the views word urgent advice for the browser's guess
});

test("any yes on the checklist shows the warning on every section and after reopening, until all are no", async ({
  lens,
}) => {
  const panel = await openPanel(lens);
  const other = await openPanel(lens);
  const popup = await lens.context.newPage();
  await popup.goto(`chrome-extension://${lens.extensionId}/popup.html`);
  const options = await lens.context.newPage();
  await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
  await panel.bringToFront();
  await panel.getByRole("tab", { name: "Red flags" }).click();
  const questions = panel.locator("fieldset[data-red-flag-question]");
  await expect(questions).toHaveCount(10);
  // Each question is a fieldset named by its legend, answered with native radio buttons.
  for (const fieldset of await questions.all()) {
    const legend = (await fieldset.locator("legend").textContent())!.trim();
    await expect(panel.getByRole("group", { name: legend })).toHaveCount(1);
    await fieldset.getByRole("radio", { name: "No" }).check();
  }
  const banner = (page: typeof panel) => page.getByRole("alert").filter({ hasText: "warning sign" });
  await expect(banner(panel)).toHaveCount(0);

  await panel
    .locator('[data-red-flag-question="symptoms-in-both-legs"]')
    .getByRole("radio", { name: "Yes" })
    .check();
  const route = routeFor(guessRegion(await panel.evaluate(() => navigator.language)), "emergency");
  await expect(banner(panel)).toBeVisible();
  await expect(banner(panel)).toContainText(route);
  await expect(banner(panel)).toContainText(NOT_A_DIAGNOSIS);
  // Every other open view shows it too.
  await expect(banner(other)).toBeVisible();
  await expect(popup.locator(".urgent > summary")).toContainText("you answered yes to one in your checklist");
  await expect(options.locator("[data-notes-overview]")).toContainText("10 red-flag answers (1 yes");

  // It cannot be scrolled away, whichever section is shown.
  for (const name of ["Explain", "Appointment", "Progress", "Take it with you"]) {
    await panel.getByRole("tab", { name }).click();
    await panel.locator(".panel__body").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await panel.mouse.wheel(0, 3000);
    await expect(banner(panel)).toBeInViewport({ ratio: 1 });
  }

  // Reopened, it is still there while any stored answer is yes.
  await panel.reload();
  await expect(banner(panel)).toBeVisible();
  await panel.getByRole("button", { name: "See my answers" }).click();
  await expect(panel.getByRole("tab", { name: "Red flags" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByRole("tab", { name: "Red flags" })).toBeFocused();

  // Two yes answers: still shown when one goes back to no; gone when every answer is no.
  await panel
    .locator('[data-red-flag-question="saddle-numbness"]')
    .getByRole("radio", { name: "Yes" })
    .check();
  await expect(banner(panel)).toContainText("2 warning signs");
  await panel
    .locator('[data-red-flag-question="symptoms-in-both-legs"]')
    .getByRole("radio", { name: "No" })
    .check();
  await expect(banner(panel)).toContainText("a warning sign");
  await panel
    .locator('[data-red-flag-question="saddle-numbness"]')
    .getByRole("radio", { name: "No" })
    .check();
  await expect(banner(panel)).toHaveCount(0);
  await expect(banner(other)).toHaveCount(0);
  await expect(popup.locator(".urgent > summary")).not.toContainText("you answered yes");
  await expect(options.locator("[data-notes-overview]")).not.toContainText("yes");
  await popup.close();
  await options.close();
  await other.reload();
  await expect(other.getByRole("tab", { name: "Explain" })).toBeVisible();
  await expect(banner(other)).toHaveCount(0);
  await panel.close();
  await other.close();
});

test("three sessions without meaningful change bring the checkpoint; a meaningful drop does not", async ({
  lens,
}) => {
  const panel = await openPanel(lens);
  await panel.getByRole("tab", { name: "Progress" }).click();
  const massage = panel.locator('[data-care="Massage: deep tissue"]');
  const physio = panel.locator('[data-care="Physiotherapy"]');

  await logSession(panel, { date: "2025-03-01", care: "Massage: deep tissue", before: 6, after: 5 });
  await logSession(panel, { date: "2025-03-08", care: "Massage: deep tissue", before: 6, after: 5 });
  await expect(massage).toHaveAttribute("data-checkpoint", "too-early");
  await expect(panel.locator(".checkpoints").getByText(/change the plan/)).toHaveCount(0);
  await logSession(panel, { date: "2025-03-15", care: "Massage: deep tissue", before: 6, after: 6 });
  await expect(massage).toHaveAttribute("data-checkpoint", "no-meaningful-change");
  await expect(massage).toContainText("After 3 sessions of Massage: deep tissue");
  await expect(massage).toContainText("It may be time to change the plan");
  await expect(massage).toContainText("Talk to your therapist or doctor");

  for (const [date, before, after] of [
    ["2025-04-01", 6, 5],
    ["2025-04-08", 5, 4],
    ["2025-04-15", 4, 3],
  ] as const) {
    await logSession(panel, { date, care: "Physiotherapy", before, after, note: "walked 20 minutes" });
  }
  await expect(physio).toHaveAttribute("data-checkpoint", "meaningful-change");
  await expect(physio).not.toContainText("change the plan");
  await expect(panel.locator(".checkpoints").getByText(/change the plan/)).toHaveCount(1);

  // The rule and its source are one click away.
  await panel.getByText("What counts as meaningful change?").click();
  await expect(panel.locator('a[data-source="farrar-2001-mcid"]')).toHaveAttribute("href", /pubmed/);

  // Each kind of care has its chart, a point per session and a text alternative; the table lists every score.
  await expect(panel.getByRole("img", { name: /Pain over time/ })).toHaveCount(2);
  const chart = panel.getByRole("img", { name: /Pain over time: Physiotherapy/ });
  await expect(chart).toHaveAttribute("data-points", "3");
  await expect(chart).toHaveAccessibleName(/Pain before went from 6 to 4/);
  await expect(massage.getByRole("img")).toHaveAttribute("data-points", "3");
  await expect(panel.locator("[data-session]")).toHaveCount(6);
  await expect(panel.locator("[data-session]").first()).toContainText("walked 20 minutes");
  await panel.close();
});

test("a full appointment summary survives a browser restart, prints to PDF and copies as text", async ({
  lens,
}) => {
  test.setTimeout(180_000);
  const url = `${lens.server.url}/demo/forum.html`;
  await withRestart(
    lens,
    async (harness) => {
      const page = await harness.context.newPage();
      await page.goto(url);
      await waitForFindings(harness, page);
      const tabId = await tabIdOf(harness, page);
      const panel = await openPanel(harness, `?tabId=${tabId}`);

      // "Add to notes" in the popup: the open panel shows it at once, with the page's title and address.
      const popup = await harness.context.newPage();
      await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByRole("button", { name: "Add Piriformis syndrome to my notes" }).click();
      await expect(popup.getByText("Added Piriformis syndrome to your notes")).toBeVisible();
      await popup.close();
      await panel.getByRole("tab", { name: "Appointment" }).click();
      const pageTitle = await page.title();
      const term = panel.locator('[data-term="piriformis-syndrome"]');
      await expect(term.getByRole("link", { name: pageTitle })).toHaveAttribute("href", url);

      // The panel's own button, on the Explain view.
      await panel.getByRole("tab", { name: "Explain" }).click();
      await panel
        .locator("[data-concept='sciatica']")
        .getByRole("button", { name: "Explain Sciatica" })
        .click();
      await panel.locator(".explain__add").click();
      await expect(panel.locator(".explain__add")).toHaveText("Add Sciatica to my notes");
      await expect(panel.getByText("Added Sciatica to your notes")).toBeVisible();

      await panel.getByRole("tab", { name: "Red flags" }).click();
      for (const radio of await panel.getByRole("radio", { name: "No" }).all()) await radio.check();

      await panel.getByRole("tab", { name: "Appointment" }).click();
      for (const label of [
        "Buttock",
        "Thigh",
        "Calf",
        "Tingling or pins and needles",
        "Numbness",
        "Sitting",
        "Coughing or sneezing",
      ])
        await panel.getByRole("checkbox", { name: label, exact: true }).check();
      await panel.getByRole("radio", { name: "Left" }).check();
      await panel.getByLabel("Anything else that makes it worse").fill("long drives");
      await panel.getByLabel("When and how did it start?").fill("Six weeks ago, after moving house");
      await panel
        .getByLabel("What have you tried so far, and did it help?")
        .fill("Heat: a little\nShort walks: yes");
      await panel.getByRole("checkbox", { name: /How will you keep the pressure/ }).check();
      await panel.getByRole("button", { name: /^Edit: What should I do at home between sessions/ }).click();
      await panel.getByLabel("Edit question").fill("Which stretches should I do between sessions?");
      await panel.getByRole("button", { name: "Save" }).click();
      await panel.getByRole("checkbox", { name: "Which stretches should I do between sessions?" }).check();
      await panel.getByRole("checkbox", { name: /What should I do if it gets worse/ }).check();
      await panel.getByLabel("Add your own question").fill("Can I keep cycling to work?");
      await panel.getByRole("button", { name: "Add", exact: true }).click();
      await expect(panel.getByRole("checkbox", { name: "Can I keep cycling to work?" })).toBeChecked();

      await panel.getByRole("tab", { name: "Progress" }).click();
      await logSession(panel, {
        date: "2025-03-01",
        care: "Massage: Swedish",
        before: 7,
        after: 5,
        note: "sat 15 minutes",
      });

      // Everything is stored before the browser closes.
      await expect
        .poll(
          async () =>
            (await stored(harness, "appointment")) as { questions: { text: string }[]; tried: string },
        )
        .toMatchObject({
          tried: "Heat: a little\nShort walks: yes",
          questions: expect.arrayContaining([
            expect.objectContaining({ text: "Can I keep cycling to work?" }),
          ]),
        });
    },
    async (harness) => {
      const panel = await openPanel(harness);
      await panel.getByRole("tab", { name: "Appointment" }).click();
      for (const label of ["Buttock", "Thigh", "Calf", "Numbness", "Sitting", "Coughing or sneezing"])
        await expect(panel.getByRole("checkbox", { name: label, exact: true })).toBeChecked();
      await expect(panel.getByRole("checkbox", { name: "Foot", exact: true })).not.toBeChecked();
      await expect(panel.getByRole("radio", { name: "Left" })).toBeChecked();
      await expect(panel.getByLabel("When and how did it start?")).toHaveValue(
        "Six weeks ago, after moving house",
      );
      await expect(panel.getByLabel("What have you tried so far, and did it help?")).toHaveValue(
        "Heat: a little\nShort walks: yes",
      );
      await expect(panel.getByRole("checkbox", { name: "Can I keep cycling to work?" })).toBeChecked();
      await expect(panel.locator("[data-term]")).toHaveCount(2);

      await panel.getByRole("tab", { name: "Take it with you" }).click();
      await panel.getByRole("button", { name: "Copy as text" }).click();
      await expect(panel.getByText("Copied.")).toBeVisible();
      // Read back from the browser's clipboard through an ordinary page allowed to read it.
      const reader = await harness.context.newPage();
      await harness.context.grantPermissions(["clipboard-read"], { origin: lens.server.url });
      await reader.goto(`${lens.server.url}/demo/index.html`);
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await reader.close();
      for (const line of [
        "MY SCIATICA NOTES",
        "No to all 10 warning-sign questions",
        "Pain goes to: buttock, thigh and calf on the left side.",
        "Also: tingling or pins and needles and numbness.",
        "Worse with: sitting, coughing or sneezing and long drives.",
        "It started: Six weeks ago, after moving house",
        "- Heat: a little\n- Short walks: yes",
        "[ ] How will you keep the pressure from making my nerve pain worse?",
        "[ ] Which stretches should I do between sessions?",
        "[ ] Can I keep cycling to work?",
        "Piriformis syndrome: read on",
        "Massage: Swedish · pain 7 before, 5 after · sat 15 minutes",
        "They are not a diagnosis.",
      ])
        expect(text).toContain(line);
      expect(text).toContain("What should I do if it gets worse");
      expect(text).not.toContain("Which kinds of massage do you use"); // not ticked

      // Printing shows the summary alone: no tabs, no forms, on one page.
      await panel.emulateMedia({ media: "print" });
      await expect(panel.getByRole("tablist")).toBeHidden();
      await expect(panel.locator(".print-only[data-summary]")).toBeVisible();
      await expect(panel.locator(".print-only[data-summary]")).toContainText("Can I keep cycling to work?");
      const pdf = await panel.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(15_000);
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      await panel.emulateMedia({ media: "screen" });

      // "Print or save as PDF" opens the summary as a page of its own, which prints the same way. That page
      // calls window.print() itself; a real print job would race the test's own printToPDF ("Page is
      // already being printed"), so the print view's window.print is counted instead, and must be called once.
      await harness.context.addInitScript(() => {
        if (!new URLSearchParams(location.search).has("autoprint")) return;
        const calls = { count: 0 };
        Object.defineProperty(window, "__printCalls", { get: () => calls.count });
        window.print = () => void calls.count++;
      });
      const [printView] = await Promise.all([
        harness.context.waitForEvent("page"),
        panel.getByRole("button", { name: "Print or save as PDF" }).click(),
      ]);
      await expect(printView.locator("[data-summary]")).toContainText("Can I keep cycling to work?");
      await expect.poll(() => printView.evaluate("window.__printCalls")).toBe(1);
      await printView.emulateMedia({ media: "print" });
      await expect(printView.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
      const viewPdf = await printView.pdf({ format: "A4" });
      expect(viewPdf.toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    },
  );
});

test("export then import restores everything; a bad file is refused and changes nothing", async ({
  lens,
}) => {
  const panel = await openPanel(lens);
  await panel.getByRole("tab", { name: "Red flags" }).click();
  await panel
    .locator('[data-red-flag-question="saddle-numbness"]')
    .getByRole("radio", { name: "No" })
    .check();
  await panel
    .locator('[data-red-flag-question="fever-weight-loss-unwell"]')
    .getByRole("radio", { name: "Yes" })
    .check();
  await panel.getByRole("tab", { name: "Appointment" }).click();
  await panel.getByRole("checkbox", { name: "Foot", exact: true }).check();
  await panel.getByRole("radio", { name: "Both sides" }).check();
  await panel.getByLabel("What have you tried so far, and did it help?").fill("Ibuprofen for a week");
  // A suggested question removed by mistake can be brought back.
  await panel
    .getByRole("button", { name: "Remove: Do I need a scan or other tests? Why, or why not?" })
    .click();
  await expect(panel.getByRole("checkbox", { name: /Do I need a scan/ })).toHaveCount(0);
  await panel.getByRole("button", { name: "Bring back the suggested question you removed" }).click();
  await expect(panel.getByRole("checkbox", { name: /Do I need a scan/ })).toHaveCount(1);
  await panel.getByLabel("Add your own question").fill("Should I see a specialist?");
  await panel.getByRole("button", { name: "Add", exact: true }).click();
  await panel.getByRole("tab", { name: "Progress" }).click();
  await logSession(panel, { date: "2025-02-01", care: "Osteopathy", before: 8, after: 6 });
  await logSession(panel, { date: "2025-02-08", care: "Osteopathy", before: 7, after: 6 });

  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(
        ["red-flag-answers", "appointment", "progress-log"].map(async (k) => [k, await stored(lens, k)]),
      ),
    );
  await expect
    .poll(async () => ((await stored(lens, "progress-log")) as { sessions: [] }).sessions.length)
    .toBe(2);
  const before = await snapshot();

  await panel.getByRole("tab", { name: "Take it with you" }).click();
  const [download] = await Promise.all([
    panel.waitForEvent("download"),
    panel.getByRole("button", { name: "Download my notes (file)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sciatica-lens-notes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await readFile((await download.path())!, "utf8");
  expect(JSON.parse(file)).toMatchObject({ format: "sciatica-lens-export", version: 1, data: { notes: {} } });

  // A file that is not ours, or one that was damaged, is refused with a message; nothing changes.
  const importer = panel.getByLabel("Import notes from a file");
  await importer.setInputFiles({
    name: "photo.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"a":1}'),
  });
  await expect(panel.getByRole("alert").filter({ hasText: "not a Sciatica Lens export" })).toBeVisible();
  const damaged = file.replace('"painBefore": 8', '"painBefore": 80');
  await importer.setInputFiles({
    name: "damaged.json",
    mimeType: "application/json",
    buffer: Buffer.from(damaged),
  });
  await expect(panel.getByRole("alert").filter({ hasText: "damaged" })).toContainText(
    "progress.sessions.0.painBefore",
  );
  expect(await snapshot()).toEqual(before);

  // Delete everything, after a confirmation that can be cancelled.
  await panel.getByRole("button", { name: "Delete all my notes" }).click();
  const dialog = panel.getByRole("dialog", { name: "Delete all your notes?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await panel.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await snapshot()).toEqual(before);
  await panel.getByRole("button", { name: "Delete all my notes" }).click();
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(panel.getByText("All your notes were deleted")).toBeVisible();
  expect(await snapshot()).toEqual({
    "red-flag-answers": undefined,
    appointment: undefined,
    "progress-log": undefined,
  });
  await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toHaveCount(0);

  // Import the downloaded file: everything is back.
  await importer.setInputFiles({
    name: "my-notes.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await panel
    .getByRole("dialog", { name: "Replace your notes?" })
    .getByRole("button", { name: "Replace my notes" })
    .click();
  await expect(panel.getByText("Your notes from my-notes.json were imported.")).toBeVisible();
  await expect.poll(snapshot).toEqual(before);
  await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toBeVisible();
  await panel.getByRole("tab", { name: "Progress" }).click();
  await expect(panel.locator("[data-session]")).toHaveCount(2);
  await panel.getByRole("tab", { name: "Appointment" }).click();
  await expect(panel.getByLabel("What have you tried so far, and did it help?")).toHaveValue(
    "Ibuprofen for a week",
  );
  await panel.close();
});

test("corrupt stored notes are kept aside, the user is told, and the panel works with defaults", async ({
  lens,
}) => {
  const corrupt = {
    "red-flag-answers": { answers: { "saddle-numbness": "maybe" }, checkedAt: null },
    appointment: 42,
    "progress-log": { sessions: [{ date: "last tuesday", pain: "bad" }] },
  };
  await lens.worker.evaluate((values) => chrome.storage.local.set(values), corrupt);
  const panel = await openPanel(lens);
  const notice = panel.locator("[data-recovered]");
  await expect(notice).toContainText("could not be read");
  for (const name of ["your red-flag answers", "your appointment notes", "your progress log"])
    await expect(notice).toContainText(new RegExp(name, "i"));

  // Nothing is lost: each value is kept as it was.
  const kept = await lens.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith("recovered:")),
  );
  expect(kept.map(([k, v]) => [k.split(":")[1], v]).sort()).toEqual(
    Object.entries(corrupt).sort(([a], [b]) => (a < b ? -1 : 1)),
  );

  // The panel works: defaults are shown, and new notes can be made.
  await panel.getByRole("tab", { name: "Progress" }).click();
  await expect(
    panel.getByRole("tabpanel", { name: "Progress" }).getByText("No sessions logged yet."),
  ).toBeVisible();
  await logSession(panel, { date: "2025-03-01", care: "Physiotherapy", before: 5, after: 4 });
  await panel.getByRole("tab", { name: "Appointment" }).click();
  await expect(panel.getByRole("checkbox", { name: "Calf", exact: true })).not.toBeChecked();

  // The kept copy can be downloaded, then deleted, which ends the notice.
  const [download] = await Promise.all([
    panel.waitForEvent("download"),
    notice.getByRole("button", { name: "Download the kept copy" }).click(),
  ]);
  const copy = await readFile((await download.path())!, "utf8");
  expect(copy).toContain("last tuesday");
  await notice.getByRole("button", { name: "Delete the kept copy" }).click();
  await expect(notice).toHaveCount(0);
  expect((await storedKeys(lens)).filter((k) => k.startsWith("recovered:"))).toEqual([]);
  await panel.close();
});

test("On this page follows the active tab and its navigation", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const panel = await openPanel(lens);
  await expect(panel.getByText("has not read the page in this tab")).toBeVisible();
  // Switching to the page's tab: the panel (now in the background) lists what that page has.
  await page.bringToFront();
  await expect(panel.locator('[data-concept="piriformis-syndrome"]')).toBeVisible();
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  await expect(panel.getByText("No sciatica terms found on this page.")).toBeVisible();
  await expect(panel.locator("[data-concept]")).toHaveCount(0);
  await panel.close();
});

test("asking again for the term already shown brings the Explain section back", async ({ lens }) => {
  const ask = (id: string) =>
    lens.worker.evaluate(
      (concept) => chrome.storage.session.set({ "panel-concept": { id: concept, at: Date.now() } }),
      id,
    );
  const panel = await openPanel(lens);
  await ask("sciatica");
  await expect(panel.getByRole("heading", { level: 2, name: "Sciatica" })).toBeVisible();
  await panel.getByRole("tab", { name: "Progress" }).click();
  await expect(panel.getByRole("tab", { name: "Progress" })).toHaveAttribute("aria-selected", "true");
  // The popup's or the card's "Explain" for the same term, a moment later.
  await ask("sciatica");
  await expect(panel.getByRole("tab", { name: "Explain" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByRole("heading", { level: 2, name: "Sciatica" })).toBeVisible();
  await panel.close();
});

test("the sections work from the keyboard", async ({ lens }) => {
  const panel = await openPanel(lens, "?concept=sciatica");
  const explain = panel.getByRole("tab", { name: "Explain" });
  // The first run asks where the user is (its form comes first, once the settings are read); then Tab
  // from the top of the panel reaches the sections.
  await panel.getByRole("button", { name: "This is where I am" }).click();
  await expect(panel.locator("[data-region-first-run]")).toHaveCount(0);
  await panel.mouse.click(2, 2);
  await panel.keyboard.press("Tab");
  await expect(explain).toBeFocused();
  await panel.keyboard.press("ArrowRight");
  await expect(panel.getByRole("tab", { name: "Red flags" })).toBeFocused();
  await expect(panel.getByRole("tabpanel", { name: "Red flags" })).toBeVisible();
  await panel.keyboard.press("End");
  await expect(panel.getByRole("tab", { name: "Take it with you" })).toHaveAttribute("aria-selected", "true");
  await panel.keyboard.press("ArrowRight");
  await expect(explain).toHaveAttribute("aria-selected", "true");
  await panel.keyboard.press("ArrowLeft");
  await panel.keyboard.press("Home");
  await expect(explain).toBeFocused();
  // Tab leaves the tab list for the section itself.
  await panel.keyboard.press("ArrowRight");
  await panel.keyboard.press("Tab");
  await expect(panel.getByRole("tabpanel", { name: "Red flags" })).toBeFocused();
  await panel.keyboard.press("Tab");
  await panel.keyboard.press("Space");
  await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toBeVisible();
  await panel.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in any section of the side panel (${colorScheme})`, async ({
    lens,
    page,
  }) => {
    await page.goto(`${lens.server.url}/demo/forum.html`);
    await waitForFindings(lens, page);
    const panel = await lens.context.newPage();
    await panel.emulateMedia({ colorScheme });
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(
      `chrome-extension://${lens.extensionId}/sidepanel.html?tabId=${await tabIdOf(lens, page)}&concept=sciatica`,
    );
    await panel.getByRole("tab", { name: "Red flags" }).click();
    await panel
      .locator('[data-red-flag-question="saddle-numbness"]')
      .getByRole("radio", { name: "Yes" })
      .check();
    await panel.getByRole("tab", { name: "Progress" }).click();
    await logSession(panel, { date: "2025-03-01", care: "Physiotherapy", before: 6, after: 5 });
    await logSession(panel, { date: "2025-03-08", care: "Physiotherapy", before: 6, after: 5 });
    await logSession(panel, { date: "2025-03-15", care: "Physiotherapy", before: 7, after: 6 });
    await panel.getByRole("tab", { name: "Appointment" }).click();
    await panel.getByRole("radio", { name: "Both sides" }).check();
    await panel.getByRole("checkbox", { name: "Weakness", exact: true }).check();
    const violations: string[] = [];
    for (const name of ["Explain", "Red flags", "Appointment", "Progress", "Take it with you"]) {
      await panel.getByRole("tab", { name }).click();
      if (name === "Progress") await panel.getByText("What counts as meaningful change?").click();
      const results = await new AxeBuilder({ page: panel }).analyze();
      violations.push(...results.violations.map((v) => `${name} · ${v.id}: ${v.nodes.length} (${v.help})`));
    }
    await panel.getByRole("button", { name: "Delete all my notes" }).click();
    const results = await new AxeBuilder({ page: panel }).analyze();
    violations.push(...results.violations.map((v) => `dialog · ${v.id}: ${v.nodes.length} (${v.help})`));
    // The options page lists the same notes.
    const options = await lens.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await expect(options.locator("[data-notes-overview]")).toContainText("3 sessions logged");
    const optionResults = await new AxeBuilder({ page: options }).analyze();
    violations.push(
      ...optionResults.violations.map((v) => `options · ${v.id}: ${v.nodes.length} (${v.help})`),
    );
    await options.close();
    expect(violations).toEqual([]);
    await panel.close();
  });
}

test("the side panel fits its width at twice the font size", async ({ lens }) => {
  const panel = await openPanel(lens, "?concept=sciatica");
  await panel.setViewportSize({ width: 360, height: 700 });
  await panel.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  for (const name of ["Explain", "Red flags", "Appointment", "Progress", "Take it with you"]) {
    await panel.getByRole("tab", { name }).click();
    const overflow = await panel.evaluate(() => {
      const body = document.querySelector(".panel__body")!;
      return Math.max(
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        body.scrollWidth - body.clientWidth,
      );
    });
    expect(overflow, `horizontal overflow in ${name}`).toBeLessThanOrEqual(0);
  }
  await panel.close();
});
