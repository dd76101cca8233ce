import { listOf } from "../utils/notes/labels";
import { discardRecovered, readRecovered, recoveredName, type Recovered } from "../utils/storage/recovered";
import { downloadText } from "./download";

/**
 * Tells the user that saved notes could not be read, that a copy was kept, and lets them download or
 * delete it. It stays until the kept copies are deleted.
 */
export function RecoveredNotice({ list }: { list: readonly Recovered[] }) {
  if (list.length === 0) return null;
  const names = [...new Set(list.map((r) => recoveredName(r.item)))];
  const download = async () => {
    const copies: Record<string, unknown> = {};
    for (const r of list)
      copies[`${r.item} (kept ${new Date(r.at).toISOString()})`] = await readRecovered(r.key);
    downloadText(`${JSON.stringify(copies, null, 2)}\n`, "sciatica-lens-unreadable-notes.json");
  };
  return (
    <section class="recovered" role="status" aria-labelledby="recovered-title" data-recovered>
      <h2 id="recovered-title">Some saved notes could not be read</h2>
      <p>
        {listOf(names).replace(/^./, (c) => c.toUpperCase())} could not be read, so the panel started fresh
        for {names.length === 1 ? "it" : "them"}. Nothing was thrown away: the unreadable copy was kept. You
        can download it, to look at or to ask for help, and delete it when you no longer need it.
      </p>
      <div class="inline">
        <button type="button" onClick={() => void download()}>
          Download the kept copy
        </button>
        <button type="button" onClick={() => void discardRecovered(list.map((r) => r.key))}>
          Delete the kept copy
        </button>
      </div>
    </section>
  );
}
