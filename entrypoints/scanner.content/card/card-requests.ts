import type { Category } from "../../../content/ids";
import type { CardTrigger } from "../../../utils/storage/settings-schema";
import type { Finding } from "../findings";
import type { PageScanner } from "../scanner";

// What the card's triggers may ask of the card. The card (card-controller.ts) alone holds what is shown;
// a trigger reads it through shown() and changes it only through open() and close().

/** How the card was asked for: it decides focus (keyboard), closing on leave (hover), and the hint. */
export type How = "click" | "hover" | "keyboard" | "hint";

export interface CardContext {
  scanner(): PageScanner | null;
  conceptId(index: number): string | undefined;
  trigger(): CardTrigger;
  /** Whether the user's settings show this category (painted or not). */
  shown(category: Category): boolean;
  /** The host name "Not this meaning here" is remembered for ("" where there is none). */
  readonly site: string;
}

export interface CardRequests {
  readonly ctx: CardContext;
  /** Ends with the frame's lifetime. */
  readonly signal: AbortSignal;
  /** The finding whose card or hint is shown, and how it was asked for; null when none is. */
  shown(): { readonly finding: Finding; readonly how: How } | null;
  /** Whether the event happened inside the shown card or hint. */
  contains(event: Event): boolean;
  /** The finding whose card a press elsewhere just closed, forgotten once read (its term's click leaves it closed). */
  takeJustClosed(): Finding | null;
  open(f: Finding, how: How, position?: { index: number; total: number }): Promise<void>;
  /** Closes the card or hint, leaving focus where it is. */
  close(): void;
}
