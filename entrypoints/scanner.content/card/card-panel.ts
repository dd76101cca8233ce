import type { CardContent } from "../../../utils/protocol/background";

// What the card and the hint say, built from text with textContent only: no HTML is ever parsed, so
// nothing in a page or in our own data can become markup here.

function fill<E extends Element>(el: E, attrs: Record<string, string>, children: (Node | string)[]): E {
  for (const name in attrs) el.setAttribute(name, attrs[name]);
  el.append(...children);
  return el;
}

/** Builds an element from text only: no HTML is ever parsed. */
export function h(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  return fill(document.createElement(tag), attrs, children);
}

/**
 * The category's icon, drawn from the path data the background sends with the card's content (the same
 * shapes as components/category-icons.ts, which this script does not bundle). Decorative: the chip's
 * word names the kind.
 */
function icon(paths: readonly string[]): SVGElement {
  const svg = (tag: string, attrs: Record<string, string>, children: Node[] = []) =>
    fill(document.createElementNS("http://www.w3.org/2000/svg", tag), attrs, children);
  return svg(
    "svg",
    { class: "cat-icon", viewBox: "0 0 16 16", "aria-hidden": "true" },
    paths.map((d) => svg("path", { d })),
  );
}

export interface Actions {
  /** Opens the side panel on the concept; null once open, else what the user can do instead. */
  more(): Promise<string | null>;
  addNote(): Promise<boolean>;
  /** Null where the page has no site to remember the choice for. */
  hide: (() => Promise<boolean>) | null;
  close(): void;
}

/** A button that acts only on a real click or key press, never on one a page script fakes. */
function button(label: string, onPress: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const el = h("button", { type: "button", ...attrs }, label);
  el.addEventListener("click", (event) => {
    if (event.isTrusted && el.getAttribute("aria-disabled") !== "true") onPress();
  });
  return el;
}

/**
 * The card's content: name and kind, where the page says it is ("at L4-5, left", read from the text
 * around the term), the warning for red flags, summary, evidence line and actions.
 */
export function cardPanel(content: CardContent, actions: Actions, where = ""): HTMLElement {
  const status = h("p", { class: "status", role: "status" });
  const say = (text: string) => (status.textContent = text);
  const add = button("Add to my appointment notes", () => {
    add.setAttribute("aria-disabled", "true");
    void actions.addNote().then((ok) => {
      add.textContent = ok ? "Added ✓" : "Add to my appointment notes";
      if (!ok) add.removeAttribute("aria-disabled");
      say(ok ? `${content.name} is in your appointment notes.` : "Could not add it. Please try again.");
    });
  });
  const children: (Node | string)[] = [
    h(
      "div",
      { class: "head" },
      h(
        "div",
        { class: "title" },
        h("h2", { id: "sl-name" }, content.name),
        h("p", { class: `kind kind--${content.category}` }, icon(content.icon), content.kind),
        ...(where ? [h("p", { class: "where", "data-where": "" }, `Found ${where}`)] : []),
      ),
      button("×", actions.close, { class: "close", "aria-label": "Close" }),
    ),
  ];
  if (content.warning)
    children.push(
      h(
        "div",
        { class: "warn", id: "sl-warning" },
        h("strong", {}, "Get checked urgently"),
        h("p", {}, content.warning),
      ),
    );
  children.push(
    h("p", { id: "sl-summary" }, content.summary),
    h("p", { class: "ev" }, h("b", {}, "Evidence: "), content.caveat),
    h(
      "div",
      { class: "actions" },
      button("More", () => void actions.more().then((instead) => instead && say(instead)), {
        class: "primary",
        "aria-label": `More about ${content.name}`,
      }),
      add,
    ),
  );
  const hide = actions.hide;
  if (hide) {
    const el = button("Not this meaning here", () => {
      el.setAttribute("aria-disabled", "true");
      void hide().then((ok) => {
        if (!ok) el.removeAttribute("aria-disabled");
        say(
          ok
            ? `${content.name} will not be marked on this site. You can undo this in the options.`
            : "Could not save that. Please try again.",
        );
      });
    });
    el.className = "link";
    children.push(h("div", {}, el));
  }
  children.push(status);
  return h(
    "div",
    {
      class: content.redFlag ? "card card--red" : "card",
      role: "dialog",
      "aria-labelledby": "sl-name",
      // A warning sign's card is described by what to do first.
      "aria-describedby": content.warning ? "sl-warning sl-summary" : "sl-summary",
      tabindex: "-1",
      lang: "en",
    },
    ...children,
  );
}

/** The hint shown on a term reached with the "next term" shortcut. */
export function hintPanel(name: string, index: number, total: number): HTMLElement {
  const hint = h("div", { class: "hint", role: "status", lang: "en" });
  // Filled a moment after the live region is in the page, so screen readers announce it.
  setTimeout(() =>
    hint.append(
      `${name} (${index} of ${total}). Press `,
      h("kbd", {}, "Enter"),
      " to explain it, ",
      h("kbd", {}, "Esc"),
      " to close.",
    ),
  );
  return hint;
}
