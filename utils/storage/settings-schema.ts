import * as v from "valibot";
import { CATEGORIES, CategorySchema, ConceptIdSchema } from "../../content/schema";
import { REGIONS } from "../../content/emergency";
import { CARD_TRIGGERS, HIGHLIGHT_STYLES } from "./settings-choices";

const Site = v.pipe(v.string(), v.maxLength(255));

/** The user's settings, version 3. Every write is checked against this (see settings.ts). */
export const SettingsSchema = v.strictObject({
  /** Highlights shown on pages (the popup and panel still list findings when off). */
  highlights: v.boolean(),
  /** Sites where Sciatica Lens does not scan at all: a host name (with its subdomains), or "name.*". */
  pausedSites: v.pipe(v.array(Site), v.maxLength(5000)),
  /** Categories whose terms are highlighted. Warning signs are highlighted whatever this says. */
  categories: v.pipe(v.array(CategorySchema), v.maxLength(CATEGORIES.length)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  /** What opens the in-page card: a click on a highlighted term, or resting the pointer on it. */
  cardTrigger: v.picklist(CARD_TRIGGERS),
  /** "Not this meaning here": per host name, concepts that are not found on that site. */
  hiddenMeanings: v.record(Site, v.pipe(v.array(ConceptIdSchema), v.maxLength(500))),
  /**
   * Where the user is, for the emergency and same-day routes; null until they choose (the side panel
   * asks). Missing reads as not chosen, like a v2 value written after its version mark was set.
   */
  region: v.optional(v.nullable(v.picklist(REGIONS)), null),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type HighlightStyle = Settings["highlightStyle"];
export type CardTrigger = Settings["cardTrigger"];
