import highlightCss from "./highlights.css?inline";

let sheet: CSSStyleSheet | null | undefined;

/**
 * ::highlight() styles apply per tree scope, so a shadow root needs our highlight rules too. They are
 * added as an adopted stylesheet: no element is added to the page.
 */
export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Some browsers do not let content scripts adopt sheets into page trees: findings are still listed.
    sheet = null;
  }
}
