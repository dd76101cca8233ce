// Firefox preferences that keep a test browser off the network and quiet. puppeteer-core adds its own
// defaults first (no updates, no data reporting, no first-run pages); these are set on top, so the
// privacy test does not depend on puppeteer's list staying the same.

/** Every address but the test server's goes to a proxy on the discard port, where nothing listens. */
const PAC = `function FindProxyForURL(url, host) {
  if (host === "127.0.0.1" || host === "localhost") return "DIRECT";
  return "PROXY 127.0.0.1:9";
}`;

export const DEAD = "http://127.0.0.1:9/dead";

/** The add-on id in wxt.config.ts and the moz-extension:// host we give it (fixed, so URLs are known). */
export const ADDON_ID = "sciatica-lens@example.org";
export const ADDON_UUID = "6c1b7a3e-5d2f-4e8a-9b0c-2a4f6e8d1c35";

export const QUIET_PREFS: Record<string, string | number | boolean> = {
  "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  // Notes must survive a restart of the same profile: a temporary add-on is removed at shutdown.
  "extensions.webextensions.keepStorageOnUninstall": true,
  "extensions.webextensions.keepUuidOnUninstall": true,
  // Extension pages' console lines come back only through Firefox's stdout.
  "devtools.console.stdout.content": true,
  "devtools.console.stdout.chrome": true,
  // Network: a PAC that sends everything else to a dead proxy, no DNS prefetch or speculative connects.
  "network.proxy.type": 2,
  "network.proxy.autoconfig_url": `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(PAC)}`,
  "network.proxy.allow_hijacking_localhost": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.predictor.enabled": false,
  "network.http.speculative-parallel-limit": 0,
  "network.connectivity-service.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.trr.mode": 5,
  "captivedetect.canonicalURL": DEAD,
  // Telemetry, studies, crash reports, updates, remote settings, push, safe browsing, sync.
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "toolkit.telemetry.server": DEAD,
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "browser.crashReports.unsubmittedCheck.enabled": false,
  "app.update.enabled": false,
  "app.update.auto": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.systemAddon.update.enabled": false,
  "services.settings.server": DEAD,
  "dom.push.enabled": false,
  "dom.push.serverURL": DEAD,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.downloads.remote.enabled": false,
  "browser.safebrowsing.provider.mozilla.updateURL": DEAD,
  "browser.safebrowsing.provider.google4.updateURL": DEAD,
  "identity.fxaccounts.enabled": false,
  "browser.newtabpage.enabled": false,
  "browser.newtabpage.activity-stream.feeds.telemetry": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.newtabpage.activity-stream.feeds.snippets": false,
  "browser.ping-centre.telemetry": false,
  "browser.search.update": false,
  "browser.search.geoip.url": DEAD,
  "browser.region.network.url": DEAD,
  "browser.region.update.enabled": false,
  "browser.topsites.contile.enabled": false,
  "browser.urlbar.quicksuggest.enabled": false,
  "geo.provider.network.url": DEAD,
  "media.gmp-gmpopenh264.enabled": false,
  "media.gmp-manager.url": DEAD,
  "security.OCSP.enabled": 0,
  "security.remote_settings.crlite_filters.enabled": false,
  "security.remote_settings.intermediates.enabled": false,
  "privacy.query_stripping.enabled": false,
  "browser.contentblocking.category": "standard",
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "datareporting.usage.uploadEnabled": false,
  "browser.ml.enable": false,
};
