const logged = new Set<string>();

/**
 * Says once (per reason, per context) that something was ignored: enough to notice a bug or a probe,
 * never a flood in the console of a page that sends the same bad thing in a loop.
 */
export function logOnce(reason: string, detail?: unknown): void {
  if (logged.has(reason)) return;
  logged.add(reason);
  console.warn(`Sciatica Lens ignored ${reason}.`, detail ?? "");
}
