import DOMPurify from "dompurify";
import { useMemo } from "preact/hooks";

// The one place HTML strings are rendered. Everything goes through DOMPurify, even our own bundled content.
let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.getAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

export function sanitize(html: string): string {
  return purifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "img", "iframe"],
    ALLOWED_URI_REGEXP: /^https:\/\//i,
  });
}

export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => sanitize(html), [html]);
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
