import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

export const INSTALL_HINT =
  "No Chromium or Chrome was found. Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium; " +
  "macOS: brew install --cask chromium) or set CHROMIUM_PATH to the browser's executable.";

/** The browser to drive: CHROMIUM_PATH when set, otherwise the first usual install path that exists. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but nothing is there. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
