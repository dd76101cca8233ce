import * as v from "valibot";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { CATEGORIES } from "../../content/ids";
import {
  DEFAULT_SETTINGS,
  SENSITIVE_SITES,
  SettingsSchema,
  settingsItem,
  updateSettings,
  type Settings,
} from "../../utils/storage/settings";
import {
  hiddenOn,
  isCategoryShown,
  isPaused,
  migrateSettingsV1,
  migrateSettingsV2,
  readSettingsLoosely,
  siteMatches,
} from "../../utils/storage/settings-rules";

beforeEach(() => fakeBrowser.reset());

/** Stores a value as an older version of the extension left it, then runs the item's migrations. */
async function storedByVersion(version: number, value: unknown): Promise<Settings> {
  await fakeBrowser.storage.local.set({
    settings: value,
    ...(version > 1 ? { settings$: { v: version } } : {}),
  });
  await settingsItem.raw.migrate();
  return settingsItem.getValue();
}

describe("settings v3", () => {
  it("defaults: every category, underline, card on click, sensitive sites paused, nothing hidden", () => {
    expect(v.parse(SettingsSchema, DEFAULT_SETTINGS)).toEqual({
      highlights: true,
      pausedSites: [...SENSITIVE_SITES],
      categories: [...CATEGORIES],
      highlightStyle: "underline",
      cardTrigger: "click",
      hiddenMeanings: {},
      region: null,
    });
    for (const host of [
      "mail.google.com",
      "outlook.office.com",
      "mychart.example-health.org",
      "www.paypal.com",
    ])
      expect(isPaused(DEFAULT_SETTINGS, host), host).toBe(true);
    for (const host of ["www.nhs.uk", "forum.example", "google.com", "mymychart.example.org"])
      expect(isPaused(DEFAULT_SETTINGS, host), host).toBe(false);
  });

  it("migrates a v1 value: keeps the user's choices and adds the new defaults and the sensitive sites", async () => {
    const v1 = { highlights: false, pausedSites: ["forum.example", "mail.google.com"] };
    const migrated = await storedByVersion(1, v1);
    expect(migrated).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      pausedSites: ["forum.example", ...SENSITIVE_SITES],
    });
    expect(migrated.region).toBeNull();
    expect((await fakeBrowser.storage.local.get("settings$"))["settings$"]).toEqual({ v: 3 });
    expect((await fakeBrowser.storage.local.get("settings")).settings).toEqual(migrated);
  });

  it("migrates a v2 value: keeps every choice, and the region is not chosen yet (the panel asks)", async () => {
    const mine = {
      highlights: true,
      pausedSites: ["bank.example"],
      categories: ["red-flag", "symptom"],
      highlightStyle: "background",
      cardTrigger: "hover",
      hiddenMeanings: { "cycling.example": ["saddle-numbness"] },
    };
    const migrated = await storedByVersion(2, mine);
    expect(migrated).toEqual({ ...mine, region: null });
    expect((await fakeBrowser.storage.local.get("settings$"))["settings$"]).toEqual({ v: 3 });
    expect((await fakeBrowser.storage.local.get("settings")).settings).toEqual(migrated);
    expect(migrateSettingsV1(mine)).toBe(mine);
  });

  it("reads a v3 value unchanged, and the older migrations leave it alone", async () => {
    const mine: Settings = {
      highlights: true,
      pausedSites: ["bank.example"],
      categories: ["red-flag", "symptom"],
      highlightStyle: "background",
      cardTrigger: "hover",
      hiddenMeanings: { "cycling.example": ["saddle-numbness"] },
      region: "nz",
    };
    expect(await storedByVersion(3, mine)).toEqual(mine);
    expect(migrateSettingsV1(mine)).toBe(mine);
    expect(migrateSettingsV2(mine)).toBe(mine);
  });

  it("reads a value without a region under the v3 mark as not chosen, keeping every other choice", async () => {
    const { region: _, ...noRegion } = { ...DEFAULT_SETTINGS, highlightStyle: "none" as const };
    await fakeBrowser.storage.local.set({ settings: noRegion, settings$: { v: 3 } });
    expect(await settingsItem.getValue()).toEqual({ ...noRegion, region: null });
  });

  it("refuses a region it does not know, keeping the stored value aside", async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, region: "mars" },
      settings$: { v: 3 },
    });
    expect((await settingsItem.getValue()).region).toBeNull();
    expect(readSettingsLoosely({ ...DEFAULT_SETTINGS, region: "mars" }).region).toBeNull();
    expect(readSettingsLoosely({ ...DEFAULT_SETTINGS, region: "ie" }).region).toBe("ie");
  });

  it("edits the latest stored value", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, highlightStyle: "none" });
    await updateSettings((s) => ({ ...s, cardTrigger: "hover" }));
    expect(await settingsItem.getValue()).toMatchObject({ highlightStyle: "none", cardTrigger: "hover" });
  });

  it("refuses unknown categories, styles and malformed hidden meanings", () => {
    for (const bad of [
      { ...DEFAULT_SETTINGS, categories: ["gossip"] },
      { ...DEFAULT_SETTINGS, cardTrigger: "always" },
      { ...DEFAULT_SETTINGS, hiddenMeanings: { "a.example": ["<b>x</b>"] } },
      { ...DEFAULT_SETTINGS, extra: 1 },
    ])
      expect(v.safeParse(SettingsSchema, bad).success).toBe(false);
  });
});

describe("paused sites and hidden meanings", () => {
  it("matches a site with its subdomains, and name.* under any domain", () => {
    expect(siteMatches("bank.example", "bank.example")).toBe(true);
    expect(siteMatches("bank.example", "www.bank.example")).toBe(true);
    expect(siteMatches("bank.example", "notbank.example")).toBe(false);
    expect(siteMatches("mychart.*", "mychart.clinic.org")).toBe(true);
    expect(siteMatches("mychart.*", "www.mychart.clinic.org")).toBe(true);
    expect(siteMatches("mychart.*", "notmychart.clinic.org")).toBe(false);
    expect(siteMatches("mychart.*", "mychart")).toBe(false);
    expect(isPaused({ ...DEFAULT_SETTINGS, pausedSites: ["bank.example"] }, "")).toBe(false);
  });

  it("always shows warning signs; other categories as chosen", () => {
    const settings = { ...DEFAULT_SETTINGS, categories: [] };
    expect(isCategoryShown(settings, "red-flag")).toBe(true);
    expect(isCategoryShown(settings, "treatment")).toBe(false);
    expect(isCategoryShown(DEFAULT_SETTINGS, "treatment")).toBe(true);
  });

  it("hides meanings per exact host, and never for an empty host or inherited keys", () => {
    const settings = { ...DEFAULT_SETTINGS, hiddenMeanings: { "cycling.example": ["saddle-numbness"] } };
    expect(hiddenOn(settings, "cycling.example")).toEqual(["saddle-numbness"]);
    expect(hiddenOn(settings, "www.cycling.example")).toEqual([]);
    expect(hiddenOn(settings, "")).toEqual([]);
    expect(hiddenOn(settings, "constructor")).toEqual([]);
  });
});

describe("the page scanner's lenient read", () => {
  const valid: Settings[] = [
    DEFAULT_SETTINGS,
    {
      highlights: false,
      pausedSites: [],
      categories: ["symptom", "care"],
      highlightStyle: "none",
      cardTrigger: "hover",
      hiddenMeanings: { "a.example": ["sciatica", "foot-drop"] },
      region: "au",
    },
  ];

  it.each(valid.map((s, i) => [i, s] as const))("agrees with the schema on valid settings (%i)", (_, s) => {
    expect(readSettingsLoosely(s)).toEqual(v.parse(SettingsSchema, s));
  });

  it("reads a v1 value as its migration would", () => {
    const v1 = { highlights: false, pausedSites: ["forum.example"] };
    expect(readSettingsLoosely(v1)).toEqual(
      v.parse(SettingsSchema, migrateSettingsV2(migrateSettingsV1(v1))),
    );
  });

  it("keeps each valid setting and defaults the broken ones", () => {
    const read = readSettingsLoosely({
      highlights: "yes",
      pausedSites: ["ok.example"],
      categories: ["symptom", 7],
      highlightStyle: "blink",
      cardTrigger: "hover",
      hiddenMeanings: { "a.example": ["sciatica"], "b.example": ["<script>"], "c.example": "x" },
    });
    expect(read).toEqual({
      ...DEFAULT_SETTINGS,
      pausedSites: ["ok.example"],
      cardTrigger: "hover",
      hiddenMeanings: { "a.example": ["sciatica"] },
    });
  });

  it.each([[undefined], [null], ["settings"], [42], [[1, 2]]])("reads %j as the defaults", (value) => {
    expect(readSettingsLoosely(value)).toEqual(DEFAULT_SETTINGS);
  });
});
