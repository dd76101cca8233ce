import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

// Each extension context has its own copy of every module. A fresh module graph (vi.resetModules) stands
// for a second context: the background and the side panel, say, editing the same stored item.
type AppointmentModule = typeof import("../../utils/storage/appointment");
type SettingsModule = typeof import("../../utils/storage/settings");

async function freshContext(): Promise<{ appointment: AppointmentModule; settings: SettingsModule }> {
  vi.resetModules();
  return {
    appointment: await import("../../utils/storage/appointment"),
    settings: await import("../../utils/storage/settings"),
  };
}

/** The browser's Web Locks, reduced to what matters here: one holder per name at a time, first come first served. */
function sharedLockManager() {
  const tails = new Map<string, Promise<unknown>>();
  const held: string[] = [];
  return {
    held,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        held.push(name);
        try {
          return await callback();
        } finally {
          held.splice(held.indexOf(name), 1);
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe("two extension contexts editing one stored item", () => {
  it("without a lock shared by the contexts, one edit is lost (why the lock exists)", async () => {
    vi.stubGlobal("navigator", {});
    const panel = await freshContext();
    const background = await freshContext();
    await Promise.all([
      panel.appointment.appointmentItem.update((a) => ({ ...a, started: "Monday" })),
      background.appointment.appointmentItem.update((a) => ({ ...a, tried: "Ice" })),
    ]);
    const stored = await panel.appointment.appointmentItem.getValue();
    expect([stored.started, stored.tried]).not.toEqual(["Monday", "Ice"]);
  });

  it("keeps every edit when both hold the item's Web Lock", async () => {
    const locks = sharedLockManager();
    vi.stubGlobal("navigator", { locks });
    const panel = await freshContext();
    const background = await freshContext();
    const edits = ["a", "b", "c", "d", "e", "f"];
    await Promise.all(
      edits.map((text, i) =>
        (i % 2 ? background : panel).appointment.appointmentItem.update((a) => ({
          ...a,
          tried: a.tried + text,
        })),
      ),
    );
    expect((await panel.appointment.appointmentItem.getValue()).tried).toBe("abcdef");
    expect(locks.held).toEqual([]);
  });

  it("settings edits from two options pages are both kept", async () => {
    vi.stubGlobal("navigator", { locks: sharedLockManager() });
    const first = await freshContext();
    const second = await freshContext();
    await Promise.all([
      first.settings.updateSettings((s) => ({ ...s, highlightStyle: "none" })),
      second.settings.updateSettings((s) => ({ ...s, cardTrigger: "hover" })),
      first.settings.updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, "a.example"] })),
      second.settings.updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, "b.example"] })),
    ]);
    const stored = await first.settings.settingsItem.getValue();
    expect(stored).toMatchObject({ highlightStyle: "none", cardTrigger: "hover" });
    expect(stored.pausedSites).toEqual(expect.arrayContaining(["a.example", "b.example"]));
  });
});

describe("within one context without Web Locks", () => {
  it("two quick settings edits are both kept", async () => {
    vi.stubGlobal("navigator", {});
    const { settings } = await freshContext();
    await Promise.all([
      settings.updateSettings((s) => ({ ...s, highlightStyle: "none" })),
      settings.updateSettings((s) => ({ ...s, cardTrigger: "hover" })),
    ]);
    expect(await settings.settingsItem.getValue()).toMatchObject({
      highlightStyle: "none",
      cardTrigger: "hover",
    });
  });
});
