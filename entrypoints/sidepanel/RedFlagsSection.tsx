import { useContext } from "preact/hooks";
import { RegionContext } from "../../components/region-context";
import { redFlagAction } from "../../content/red-flag-action";
import type { RedFlagItem } from "../../content/schema";
import { conceptById } from "../../utils/knowledge";
import { withAnswer, type RedFlagAnswer, type RedFlagAnswers } from "../../utils/storage/red-flag-answers";

/** The sign's own entry: the first of its concepts that the knowledge base has. */
const signConcept = (item: RedFlagItem) => item.concepts.map(conceptById).find((c) => c !== undefined);

/** The red-flag checklist: a yes/no question per warning sign, answered by the user about themselves. */
export function RedFlagsSection({
  items,
  answers,
  onAnswer,
  onExplain,
}: {
  items: readonly RedFlagItem[];
  answers: RedFlagAnswers | null;
  onAnswer: (change: (current: RedFlagAnswers) => RedFlagAnswers) => void;
  onExplain: (conceptId: string) => void;
}) {
  const region = useContext(RegionContext);
  return (
    <div class="red-flags">
      <h2 class="section-title">Check for warning signs</h2>
      <p>
        Answer each question for how you are now. A yes shows how quickly to get help for that sign, and where
        to go. The most urgent one stays at the top of the panel until you change the answer. Your answers
        stay in this browser.
      </p>
      {answers === null ? (
        <p class="status">Loading your answers…</p>
      ) : (
        items.map((item) => {
          const answer = answers.answers[item.id];
          const set = (value: RedFlagAnswer) => onAnswer((current) => withAnswer(current, item.id, value));
          const name = `red-flag-${item.id}`;
          const explainer = signConcept(item);
          return (
            <fieldset
              key={item.id}
              class={`rf-question${answer === "yes" ? " rf-question--yes" : ""}`}
              data-red-flag-question={item.id}
              data-urgency={item.urgency}
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
              {answer === "yes" && <p class="rf-question__action">{redFlagAction(item, region)}</p>}
              {explainer && (
                <button type="button" class="link-button" onClick={() => onExplain(explainer.id)}>
                  Read about {explainer.name.toLowerCase()}
                </button>
              )}
            </fieldset>
          );
        })
      )}
    </div>
  );
}
