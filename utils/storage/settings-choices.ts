// The closed lists a setting picks from: read by the schema that checks every write and by the lenient
// reader the page scanner bundles, so neither of those two has to import the other for them.

export const HIGHLIGHT_STYLES = ["underline", "background", "none"] as const;
export const CARD_TRIGGERS = ["click", "hover"] as const;
