// A page's text as the Node scorers approximate it, without a browser: scripts, styles and form fields
// dropped (the scanner skips them), blocks kept apart, entities decoded. The browser suites, which read
// the real DOM, stay the measure that counts.

const NOT_TEXT = /<(script|style|noscript|template|textarea|head|select|button)\b[\s\S]*?<\/\1>/gi;
const BLOCK_TAG =
  /<\/?(p|div|li|ul|ol|h[1-6]|td|th|tr|table|section|article|header|footer|main|nav|aside|blockquote|dd|dt|dl|pre|figure|figcaption|details|summary|body|html|form|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of `html`, each block boundary written as `blockBreak` (NUL by default: no text has one). */
export function pageText(html: string, blockBreak = "\u0000"): string {
  return html
    .replace(NOT_TEXT, " ")
    .replace(/<input\b[^>]*>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(BLOCK_TAG, blockBreak)
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, name: string) =>
      name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1).replace("x", "0x")))
        : (ENTITIES[name] ?? all),
    );
}
