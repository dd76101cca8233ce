import * as v from "valibot";
import { storage, type StorageItemKey, type WxtStorageItem } from "wxt/utils/storage";

/** Where a stored value that failed validation is kept, so nothing the user saved is lost. */
export const RECOVERY_PREFIX = "local:recovered:";

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  /** The stored value, or the fallback when nothing (or something invalid) is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
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
    void storage.setItem(recoveryKey, value);
    options.onCorrupt?.(recoveryKey, problem);
    console.warn(
      `Sciatica Lens: stored "${key}" was not valid (${problem}); it was kept as "${recoveryKey}".`,
    );
    return options.fallback;
  };

  return {
    key,
    raw,
    getValue: async () => {
      try {
        return check(await raw.getValue());
      } catch (error) {
        // A failed migration must not block the view: keep what was stored, use defaults.
        return check({ migrationFailed: String(error) });
      }
    },
    setValue: async (value) => raw.setValue(v.parse(schema, value)),
    watch: (callback) => raw.watch((value) => callback(check(value))),
  };
}
