import "./highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { startLens } from "./lens";

export default defineContentScript({
  matches: ["<all_urls>"],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: import.meta.env.BROWSER !== "firefox",
  runAt: "document_idle",
  main(ctx) {
    startLens(ctx).catch((error: unknown) =>
      console.warn("Sciatica Lens could not start on this page.", error),
    );
  },
});
