import { CATEGORIES, type Category } from "../../content/ids";
import { CATEGORY_LABELS } from "../../utils/knowledge";
import type { CardTrigger, HighlightStyle, Settings } from "../../utils/storage/settings-schema";

export interface SettingsProps {
  settings: Settings;
  onChange: (change: (current: Settings) => Settings) => void;
}

const STYLES: Array<[HighlightStyle, string, string]> = [
  ["underline", "Underline", "A coloured line under each term."],
  ["background", "Soft background", "A light colour behind each term."],
  [
    "none",
    "None",
    "Terms are not marked. The popup, the side panel and the next-term shortcut still find them.",
  ],
];

const TRIGGERS: Array<[CardTrigger, string, string]> = [
  ["click", "When I click a term", "Nothing appears until you click."],
  [
    "hover",
    "When I rest the pointer on a term",
    "The card stays while the pointer is on the term or the card.",
  ],
];

const LABELS: Record<Category, string> = { ...CATEGORY_LABELS, "red-flag": "Warning signs (always marked)" };

/** What is marked on pages, how, and what opens the card. */
export function DisplaySettings({ settings, onChange }: SettingsProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange((current) => ({ ...current, [key]: value }));
  const toggleCategory = (category: Category, on: boolean) =>
    onChange((current) => ({
      ...current,
      categories: CATEGORIES.filter((c) => (c === category ? on : current.categories.includes(c))),
    }));
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">On pages</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.highlights}
          onChange={(e) => set("highlights", e.currentTarget.checked)}
        />
        Highlight terms on pages
      </label>
      <fieldset>
        <legend>Which terms to mark</legend>
        <p class="hint" id="categories-hint">
          Warning signs are always marked, so they cannot be missed.
        </p>
        {CATEGORIES.map((category) => (
          <label class="switch" key={category}>
            <input
              type="checkbox"
              name="categories"
              value={category}
              checked={category === "red-flag" || settings.categories.includes(category)}
              disabled={category === "red-flag"}
              aria-describedby={category === "red-flag" ? "categories-hint" : undefined}
              onChange={(e) => toggleCategory(category, e.currentTarget.checked)}
            />
            {LABELS[category]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>How terms are marked</legend>
        {STYLES.map(([value, label, hint]) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="highlightStyle"
              value={value}
              checked={settings.highlightStyle === value}
              onChange={() => set("highlightStyle", value)}
            />
            <span>
              <span class={`sample sample--${value}`}>{label}</span>
              <span class="hint">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Show the explanation card</legend>
        {TRIGGERS.map(([value, label, hint]) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="cardTrigger"
              value={value}
              checked={settings.cardTrigger === value}
              onChange={() => set("cardTrigger", value)}
            />
            <span>
              {label}
              <span class="hint">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
