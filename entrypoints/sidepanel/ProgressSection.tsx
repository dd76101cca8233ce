import { knowledge } from "../../utils/knowledge-full";
import {
  CHECKPOINT_SOURCE,
  checkpointMessage,
  checkpoints,
  SESSIONS_BEFORE_CHECKPOINT,
  WORSE_MESSAGE,
} from "../../utils/progress/checkpoint";
import { sessionsByDate, type ProgressLog } from "../../utils/storage/progress-log";
import { PainChart } from "./PainChart";
import { SessionForm } from "./SessionForm";
import { SessionTable } from "./SessionTable";

type Update = (change: (current: ProgressLog) => ProgressLog) => Promise<void>;

/** Sessions logged, pain over time, and the checkpoint for each kind of care. */
export function ProgressSection({
  log,
  update,
  locale,
  onRedFlags,
}: {
  log: ProgressLog | null;
  update: Update;
  locale: string;
  onRedFlags: () => void;
}) {
  const source = knowledge.sources[CHECKPOINT_SOURCE];
  if (log === null)
    return (
      <div class="progress">
        <h2 class="section-title">Track your progress</h2>
        <p class="status">Loading your log…</p>
      </div>
    );
  const sessions = sessionsByDate(log);
  const points = checkpoints(log);
  return (
    <div class="progress">
      <h2 class="section-title">Track your progress</h2>
      <p>
        Log each session of care with your pain before and after it. Progress should be something you can
        measure: if a kind of care is not making a real difference after a few sessions, the plan should
        change.
      </p>
      <SessionForm onAdd={(session) => update((c) => ({ sessions: [...c.sessions, session] }))} />
      <section aria-labelledby="checkpoints-title" class="checkpoints">
        <h3 id="checkpoints-title">Checkpoints</h3>
        <div aria-live="polite">
          {points.length === 0 ? (
            <p class="hint">
              Log sessions to see a checkpoint after {SESSIONS_BEFORE_CHECKPOINT} sessions of one kind of
              care.
            </p>
          ) : (
            <ul>
              {points.map((c) => (
                <li
                  key={c.care}
                  class={`checkpoint checkpoint--${c.status}`}
                  data-checkpoint={c.status}
                  data-care={c.care}
                >
                  <p>{checkpointMessage(c)}</p>
                  {c.worse && (
                    <p class="caution">
                      {WORSE_MESSAGE}{" "}
                      <button type="button" class="link-button" onClick={onRedFlags}>
                        Open the red-flag checklist
                      </button>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <details class="checkpoint-rule">
          <summary>What counts as meaningful change?</summary>
          <p>
            We compare your latest session with your first one for the same kind of care: pain before with
            pain before, and pain after with pain after. A drop of at least 2 points, or of at least 30%, on
            the 0 to 10 scale counts as meaningful change. In studies of long-lasting pain, a drop that size
            matched people saying they felt much better (
            {source?.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" data-source={CHECKPOINT_SOURCE}>
                {source.label}
              </a>
            ) : (
              source?.label
            )}
            ). Those studies were not only about sciatica, so use it as a guide, not a rule.
          </p>
        </details>
      </section>
      <section aria-labelledby="chart-title">
        <h3 id="chart-title">Pain over time</h3>
        <PainChart sessions={sessions} locale={locale} />
        <SessionTable
          sessions={sessions}
          locale={locale}
          onDelete={(id) => void update((c) => ({ sessions: c.sessions.filter((s) => s.id !== id) }))}
        />
      </section>
    </div>
  );
}
