import { knowledge } from "../../utils/knowledge-full";
import { careGroups, CHECKPOINT_SOURCE, SESSIONS_BEFORE_CHECKPOINT } from "../../utils/progress/checkpoint";
import { sessionsByDate, type ProgressLog } from "../../utils/storage/progress-log";
import { CareProgress } from "./CareProgress";
import { SESSIONS_TABLE_ID } from "./PainChart";
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
  const groups = careGroups(log);
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
        <h3 id="checkpoints-title">Pain over time and checkpoints</h3>
        {groups.length === 0 ? (
          <p class="hint">
            Log sessions to see your pain over time, and a checkpoint after {SESSIONS_BEFORE_CHECKPOINT}{" "}
            sessions of one kind of care.
          </p>
        ) : (
          <ul>
            {groups.map((sessions, i) => (
              <CareProgress
                key={sessions[0].id}
                sessions={sessions}
                locale={locale}
                id={`care-${i}`}
                onRedFlags={onRedFlags}
              />
            ))}
          </ul>
        )}
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
            ). Those studies were not only about sciatica, so use it as a guide, not a rule. On each chart,
            the shaded bands show the scores that would be a meaningful drop from your first session.
          </p>
        </details>
      </section>
      <section aria-labelledby="sessions-title" id={SESSIONS_TABLE_ID} tabIndex={-1} class="sessions-section">
        <h3 id="sessions-title">Every session</h3>
        <SessionTable
          sessions={sessions}
          locale={locale}
          onDelete={(id) => void update((c) => ({ sessions: c.sessions.filter((s) => s.id !== id) }))}
        />
      </section>
    </div>
  );
}
