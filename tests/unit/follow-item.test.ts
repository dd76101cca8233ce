import { describe, expect, it } from "vitest";
import { followItem } from "../../utils/storage/follow-item";

/** An item whose first read is answered only when the test says so, and whose changes the test sends. */
function slowItem<T>() {
  let answer: (value: T) => void = () => undefined;
  const listeners = new Set<(value: T) => void>();
  return {
    item: {
      getValue: () => new Promise<T>((resolve) => (answer = resolve)),
      watch(callback: (value: T) => void) {
        listeners.add(callback);
        return () => listeners.delete(callback);
      },
    },
    answerRead: (value: T) => answer(value),
    change: (value: T) => listeners.forEach((l) => l(value)),
    listening: () => listeners.size,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("following a stored item", () => {
  it("shows the first read, then every change", async () => {
    const fake = slowItem<string>();
    const seen: Array<[string, boolean]> = [];
    followItem(fake.item, (value, changed) => seen.push([value, changed]));
    fake.answerRead("stored");
    await settle();
    fake.change("edited");
    expect(seen).toEqual([
      ["stored", false],
      ["edited", true],
    ]);
  });

  it("drops a first read answered after a change: it may hold the value from before the change", async () => {
    const fake = slowItem<boolean>();
    const seen: boolean[] = [];
    followItem(fake.item, (value) => seen.push(value));
    fake.change(false); // another view switched highlights off
    fake.answerRead(true); // the read was sent before that write
    await settle();
    expect(seen).toEqual([false]);
  });

  it("stops listening, and ignores a late read, once stopped", async () => {
    const fake = slowItem<number>();
    const seen: number[] = [];
    const stop = followItem(fake.item, (value) => seen.push(value));
    stop();
    fake.answerRead(1);
    await settle();
    fake.change(2);
    expect(seen).toEqual([]);
    expect(fake.listening()).toBe(0);
  });
});
