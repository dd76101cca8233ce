import { routeFor, type Region } from "./emergency";
import type { RedFlagItem } from "./schema";

export const NOT_A_DIAGNOSIS = "This is not a diagnosis: it means a doctor should check you.";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A sign's whole urgent advice, built only from the single source: what to do, where to go for its one
 * level in the user's region, the faster route for its worse form, and what to do after being seen.
 */
export function urgentAdvice(item: RedFlagItem, region: Region): string {
  const parts = [item.urgent, routeFor(region, item.urgency)];
  if (item.escalation)
    parts.push(`${item.escalation.when}: ${lowerFirst(routeFor(region, item.escalation.urgency))}`);
  if (item.safetyNet) parts.push(item.safetyNet);
  return parts.join(" ");
}

/** The first two parts only (what to do and where): for the banner, which must stay short. */
export const shortAdvice = (item: RedFlagItem, region: Region): string =>
  `${item.urgent} ${routeFor(region, item.urgency)}`;

/** The advice as the checklist, popup and card show it: with the reminder that it is not a diagnosis. */
export const redFlagAction = (item: RedFlagItem, region: Region): string =>
  `${urgentAdvice(item, region)} ${NOT_A_DIAGNOSIS}`;

/** `{{urgent:<sign-id>}}`, a line on its own in an entry's Markdown. */
export const URGENT_DIRECTIVE = /\{\{urgent:([a-z0-9-]+)\}\}/g;

/** The sign ids an entry's Markdown names in directives, in order. */
export const directivesIn = (markdown: string): string[] =>
  [...markdown.matchAll(URGENT_DIRECTIVE)].map((m) => m[1]);

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Fills each directive in a rendered section with its sign's advice for the user's region. The build
 * has already refused unknown ids (scripts/knowledge-plugin.ts); one left here is shown as nothing.
 */
export function fillUrgentDirectives(html: string, signs: readonly RedFlagItem[], region: Region): string {
  const filled = html.replace(/<p>\s*\{\{urgent:([a-z0-9-]+)\}\}\s*<\/p>/g, (_, id: string) => {
    const sign = signs.find((s) => s.id === id);
    return sign
      ? `<p class="urgent-advice" data-urgent-sign="${id}"><strong>${escapeHtml(urgentAdvice(sign, region))}</strong></p>`
      : "";
  });
  return filled.replace(URGENT_DIRECTIVE, (_, id: string) => {
    const sign = signs.find((s) => s.id === id);
    return sign ? escapeHtml(urgentAdvice(sign, region)) : "";
  });
}
