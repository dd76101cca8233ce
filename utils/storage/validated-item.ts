import * as v from "valibot";
import { storage, type StorageItemKey, type WxtStorageItem } from "wxt/utils/storage";
import { withItemLock } from "./item-lock";

/** Where a stored value that failed validation is kept, so nothing the user saved is lost. */
export const RECOVERY_PREFIX = "local:recovered:";

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly schema: v.GenericSchema<unknown, T>;
  readonly fallback: T;
  /** The stored value, or the fallback when nothing (or something invalid) is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /**
   * Reads the latest stored value, changes it and writes it back, holding the item's lock in every
   * extension context: two quick edits, or edits from two views and the background, never overwrite
   * each other with old data.
   */
  update(change: (current: T) => T): Promise<T>;
  watch(callback: (value: T) => void): () => void;
  readonly raw: WxtStorageItem<T, Record<string, unknown>>;
}

export interface ItemOptions<T> {
  fallback: T;
  version?: number;
  migrations?: Record<number, (old: never) => unknown>;
  /** Told when a stored value was invalid and set aside. */
  onCorrupt?: (recoveryKey: string, problem: string) => void;
}

export function defineValidatedItem<T>(
  key: StorageItemKey,
  schema: v.GenericSchema<unknown, T>,
  options: ItemOptions<T>,
): ValidatedItem<T> {
  const raw = storage.defineItem<T>(key, {
    fallback: options.fallback,
    version: options.version,
    migrations: options.migrations as Record<number, (old: unknown) => unknown> | undefined,
  });

  const check = (value: unknown): T => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    const recoveryKey = `${RECOVERY_PREFIX}${key.replace(/^\w+:/, "")}:${Date.now()}` as StorageItemKey;
    const problem = result.issues.map((i) => `${v.getDotPath(i) ?? "value"}: ${i.message}`).join("; ");
    void keepAside(key, recoveryKey, value);
    options.onCorrupt?.(recoveryKey, problem);
    console.warn(
      `Sciatica Lens: stored "${key}" was not valid (${problem}); it was kept as "${recoveryKey}".`,
    );
    return options.fallback;
  };

  const getValue = async () => {
    try {
      return check(await raw.getValue());
    } catch {
      // A failed migration must not block the view: what is stored is checked (and kept aside) as it is.
      return check(await storage.getItem(key));
    }
  };
  const write = (value: T) => raw.setValue(v.parse(schema, value));
  // A whole-value write (an import) takes the lock too, so it lands before or after an edit, never inside.
  const setValue = (value: T) => withItemLock(key, () => write(value));
  const update = (change: (current: T) => T): Promise<T> =>
    withItemLock(key, async () => {
      const value = change(await getValue());
      await write(value);
      return value;
    });

  return {
    key,
    schema,
    fallback: options.fallback,
    raw,
    getValue,
    setValue,
    update,
    watch: (callback) => raw.watch((value) => callback(check(value))),
  };
}

/**
 * Copies an invalid value to its recovery key, then clears it from its own key (unless something new was
 * written meanwhile), so each open view does not keep another copy of the same bad value.
 */
async function keepAside(key: StorageItemKey, recoveryKey: StorageItemKey, value: unknown): Promise<void> {
  await storage.setItem(recoveryKey, value);
  const now = await storage.getItem(key);
  if (now !== null && JSON.stringify(now) === JSON.stringify(value)) await storage.removeItem(key);
}
