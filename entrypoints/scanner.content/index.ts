import "./highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { startLens } from "./lens";

export default defineContentScript({
  matches: ["<all_urls>"],
  allFrames: true,
  matchAboutBlank: true,
  // about:srcdoc, data: and blob: frames made by a page: Firefox (128+) needs this to reach srcdoc frames,
  // which match_about_blank alone does not cover there.
  matchOriginAsFallback: true,
  runAt: "document_idle",
  // `ctx` is our quiet page-context.ts at build time (wxt.config.ts); both it and WXT's have what
  // startLens needs, a signal and isValid.
  main(ctx) {
    startLens(ctx).catch((error: unknown) => {
      // A page opened while the extension was being reloaded: nothing to say, nothing to do.
      if (ctx.isValid) console.warn("Sciatica Lens could not start on this page.", error);
    });
  },
});
