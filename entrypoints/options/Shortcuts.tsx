import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

type CommandsApi = { getAll(): Promise<Command[]>; openShortcutSettings?(): Promise<void> };

const commandsApi = () => (browser as unknown as { commands?: CommandsApi }).commands;

/** The keyboard shortcuts as the browser has them now (the user may have changed them), and where to change them. */
export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [note, setNote] = useState("");
  useEffect(() => {
    const load = () =>
      void commandsApi()
        ?.getAll()
        .then(setCommands, () => setCommands([]));
    load();
    // Shortcuts are changed on a browser page: read them again when the user comes back.
    addEventListener("focus", load);
    return () => removeEventListener("focus", load);
  }, []);
  const change = () => {
    const api = commandsApi();
    const opening = api?.openShortcutSettings
      ? api.openShortcutSettings()
      : browser.tabs.create({ url: "chrome://extensions/shortcuts" });
    void Promise.resolve(opening).catch(() =>
      setNote("Open your browser's extensions page and choose Keyboard shortcuts."),
    );
  };
  const shown = (commands ?? []).filter((c) => c.description);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {shown.length > 0 && (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <td>{c.description}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : "Not set"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        After “Jump to the next highlighted term”, press <kbd>Enter</kbd> to open its card and <kbd>Esc</kbd>{" "}
        to close it. In a card, <kbd>Tab</kbd> moves between its buttons.
      </p>
      <button type="button" onClick={change}>
        Change shortcuts
      </button>
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
