import { formatDay } from "../../utils/notes/labels";
import type { Session } from "../../utils/storage/progress-log";

const W = 320;
const H = 180;
const PAD = { left: 28, right: 10, top: 10, bottom: 30 };

/** A plain-words description of the chart, read by screen readers in place of the picture. */
export function chartDescription(sessions: readonly Session[]): string {
  if (sessions.length === 0) return "No sessions logged yet.";
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (sessions.length === 1)
    return `One session: pain ${first.painBefore} before and ${first.painAfter} after.`;
  return `${sessions.length} sessions. Pain before went from ${first.painBefore} to ${last.painBefore}; pain after went from ${first.painAfter} to ${last.painAfter}. Every score is in the table below.`;
}

/** Pain before and after each session, in date order: inline SVG drawn from the log, no chart library. */
export function PainChart({ sessions, locale }: { sessions: readonly Session[]; locale: string }) {
  if (sessions.length === 0) return null;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (sessions.length === 1 ? innerW / 2 : (i * innerW) / (sessions.length - 1));
  const y = (score: number) => PAD.top + innerH - (score / 10) * innerH;
  const path = (pick: (s: Session) => number) =>
    sessions.map((s, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(pick(s)).toFixed(1)}`).join(" ");
  // Label the first and last session, and a few between when there is room.
  const every = Math.max(1, Math.ceil(sessions.length / 4));
  return (
    <figure class="chart">
      <figcaption id="chart-caption">
        Pain over time (0 = no pain, 10 = worst pain)
        <span class="chart__legend">
          <span class="chart__key chart__key--before" aria-hidden="true" /> before the session
          <span class="chart__key chart__key--after" aria-hidden="true" /> after
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-caption chart-description"
        class="chart__svg"
        data-points={sessions.length}
      >
        {[0, 2, 4, 6, 8, 10].map((score) => (
          <g key={score}>
            <line class="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(score)} y2={y(score)} />
            <text class="chart__label" x={PAD.left - 6} y={y(score) + 4} text-anchor="end">
              {score}
            </text>
          </g>
        ))}
        {sessions.map((s, i) =>
          i % every === 0 || i === sessions.length - 1 ? (
            <text key={s.id} class="chart__label" x={x(i)} y={H - 10} text-anchor="middle">
              {formatDay(s.date, locale, false)}
            </text>
          ) : null,
        )}
        <path class="chart__line chart__line--before" d={path((s) => s.painBefore)} />
        <path class="chart__line chart__line--after" d={path((s) => s.painAfter)} />
        {sessions.map((s, i) => (
          <g key={s.id}>
            <circle class="chart__point chart__point--before" cx={x(i)} cy={y(s.painBefore)} r={4} />
            <rect
              class="chart__point chart__point--after"
              x={x(i) - 3.5}
              y={y(s.painAfter) - 3.5}
              width={7}
              height={7}
            />
          </g>
        ))}
      </svg>
      <p id="chart-description" class="chart__description">
        {chartDescription(sessions)}
      </p>
    </figure>
  );
}
