/** A host name, or "name.*" for a name under any domain (as the paused-site list stores them). */
const SITE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?:\.\*)?$/;

/**
 * What the user typed as a site to pause, as the list stores it: "https://Mail.Example.com/inbox" →
 * "mail.example.com"; "mychart.*" stays as it is. Accented names become their ASCII (punycode) form,
 * which is what pages report.
 */
export function normaliseSite(input: string): { site: string } | { error: string } {
  let text = input.trim().toLowerCase();
  if (!text) return { error: "Type a site, such as mail.example.com." };
  const wildcard = text.endsWith(".*");
  if (wildcard) text = text.slice(0, -2);
  try {
    text = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return { error: `"${input.trim()}" is not a site name. Use a name such as mail.example.com.` };
  }
  text = text.replace(/^www\./, "").replace(/\.$/, "");
  const site = wildcard ? `${text}.*` : text;
  return SITE.test(site)
    ? { site }
    : { error: `"${input.trim()}" is not a site name. Use a name such as mail.example.com.` };
}
