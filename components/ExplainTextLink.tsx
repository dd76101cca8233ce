import { browser } from "wxt/browser";

/** Opens the Explain page in a tab of its own, where a pasted report or letter has room. */
export function ExplainTextLink({ onOpened }: { onOpened?: () => void }) {
  const open = () =>
    void browser.tabs.create({ url: browser.runtime.getURL("/explain.html") }).then(() => onOpened?.());
  return (
    <p class="explain-text-link">
      <button type="button" class="link-button" onClick={open}>
        Explain a report or letter
      </button>
    </p>
  );
}
