import { CATEGORY_LABELS, conceptById } from "../../utils/knowledge";
import { piecesOf, type TextMark } from "./explain-text";

/**
 * The user's text shown back with each concept marked: text nodes and <mark> elements only. The text is
 * never parsed as HTML, so nothing in it can become markup.
 */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  return (
    <div class="marked-text" data-testid="marked-text">
      {piecesOf(text, marks).map((piece, i) => {
        if (!piece.mark) return piece.text;
        const concept = conceptById(piece.mark.conceptId);
        const label = concept ? `${concept.name} (${CATEGORY_LABELS[piece.mark.category]})` : undefined;
        return (
          <mark
            key={i}
            class={`mark mark--${piece.mark.category}`}
            data-concept={piece.mark.conceptId}
            title={label}
          >
            {piece.text}
          </mark>
        );
      })}
    </div>
  );
}
