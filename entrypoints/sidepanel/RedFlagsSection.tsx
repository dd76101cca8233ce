import { redFlagAction } from "../../content/red-flag-action";
import type { RedFlagItem } from "../../content/schema";
import { conceptById } from "../../utils/knowledge";
import { withAnswer, type RedFlagAnswer, type RedFlagAnswers } from "../../utils/storage/red-flag-answers";

/** The red-flag checklist: a yes/no question per warning sign, answered by the user about themselves. */
export function RedFlagsSection({
  items,
  answers,
  locale,
  onAnswer,
  onExplain,
}: {
  items: readonly RedFlagItem[];
  answers: RedFlagAnswers | null;
  locale: string;
  onAnswer: (change: (current: RedFlagAnswers) => RedFlagAnswers) => void;
  onExplain: (conceptId: string) => void;
}) {
  return (
    <div class="red-flags">
      <h2 class="section-title">Check for warning signs</h2>
      <p>
        Answer each question for how you are now. A yes means a doctor should check you soon, and the panel
        shows what to do at the top until you change the answer. Your answers stay in this browser.
      </p>
      {answers === null ? (
        <p class="status">Loading your answers…</p>
      ) : (
        items.map((item) => {
          const answer = answers.answers[item.id];
          const set = (value: RedFlagAnswer) => onAnswer((current) => withAnswer(current, item.id, value));
          const name = `red-flag-${item.id}`;
          return (
            <fieldset
              key={item.id}
              class={`rf-question${answer === "yes" ? " rf-question--yes" : ""}`}
              data-red-flag-question={item.id}
            >
              <legend>{item.question}</legend>
              <div class="choices">
                <label>
                  <input
                    type="radio"
                    name={name}
                    value="yes"
                    checked={answer === "yes"}
                    onChange={() => set("yes")}
                  />
                  Yes
                </label>
                <label>
                  <input
                    type="radio"
                    name={name}
                    value="no"
                    checked={answer === "no"}
                    onChange={() => set("no")}
                  />
                  No
                </label>
              </div>
              {answer === "yes" && <p class="rf-question__action">{redFlagAction(item, locale)}</p>}
              <button type="button" class="link-button" onClick={() => onExplain(item.concept)}>
                Read about {conceptById(item.concept)?.name.toLowerCase() ?? "this sign"}
              </button>
            </fieldset>
          );
        })
      )}
    </div>
  );
}
