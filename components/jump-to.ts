/**
 * Follows an in-page link by moving focus to its target (given tabindex="-1") and scrolling it to the top
 * of whatever scrolls it. A bare fragment link would scroll but leave focus behind, so the next Tab would
 * start from the link, not from the part the user asked to read.
 */
export function jumpTo(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
}
