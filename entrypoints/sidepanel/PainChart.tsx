import { formatDay } from "../../utils/notes/labels";
import type { Session } from "../../utils/storage/progress-log";
import { ChartLegend } from "./ChartLegend";
import { chartLayout, SCORE_TICKS } from "./chart-layout";
import { jumpTo } from "../../components/jump-to";
import { bandsOf, chartDescription, SERIES } from "./pain-series";
import { useChartSpace } from "./use-chart-space";

export const SESSIONS_TABLE_ID = "sessions-table";

/**
 * Pain before and after each session of one kind of care, in date order, over the band of scores that
 * would be a meaningful drop: inline SVG drawn from the log in CSS pixels (no chart library, no scaling, so
 * its text keeps the user's size), with a key, a text description and a link to every score in the table.
 */
export function PainChart({
  care,
  sessions,
  locale,
  id,
}: {
  care: string;
  sessions: readonly Session[];
  locale: string;
  id: string;
}) {
  const { box, drawing, caption, space } = useChartSpace<HTMLElement, SVGSVGElement, HTMLElement>();
  const dates = sessions.map((s) => formatDay(s.date, locale, false));
  const layout = chartLayout(sessions.length, space, Math.max(...dates.map((d) => d.length)));
  const { plot, x, y, width, height } = layout;
  const { font } = space;
  const bands = bandsOf(sessions);
  const path = (score: (s: Session) => number) =>
    sessions.map((s, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(score(s)).toFixed(1)}`).join(" ");
  return (
    <figure class="chart" ref={box}>
      <figcaption id={`${id}-caption`} ref={caption}>
        Pain over time: {care}
      </figcaption>
      <ChartLegend bands={bands} />
      <svg
        ref={drawing}
        class="chart__svg"
        role="img"
        aria-labelledby={`${id}-caption ${id}-description`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        data-points={sessions.length}
      >
        <text class="chart__axis-title" x={0} y={font}>
          Pain (0 to 10)
        </text>
        {SERIES.map(({ key }) => {
          const top = bands[key];
          if (top === null) return null;
          return (
            <g key={key} class={`chart__band chart__band--${key}`} data-band={key} data-band-top={top}>
              <rect x={plot.left} y={y(top)} width={plot.right - plot.left} height={y(0) - y(top)} />
              <line class="chart__band-edge" x1={plot.left} x2={plot.right} y1={y(top)} y2={y(top)} />
            </g>
          );
        })}
        {SCORE_TICKS.map((score) => (
          <g key={score} data-tick={score}>
            <line class="chart__grid" x1={plot.left} x2={plot.right} y1={y(score)} y2={y(score)} />
            <text
              class="chart__label"
              x={plot.left - font * 0.4}
              y={y(score) + font * 0.35}
              text-anchor="end"
            >
              {score}
            </text>
          </g>
        ))}
        <line class="chart__axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        <line class="chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.dated.map((i) => (
          <text
            key={sessions[i].id}
            class="chart__label"
            data-date={sessions[i].date}
            x={layout.dateX(i)}
            y={plot.bottom + font * 1.3}
            text-anchor="middle"
          >
            {dates[i]}
          </text>
        ))}
        <text
          class="chart__axis-title"
          x={(plot.left + plot.right) / 2}
          y={height - font * 0.3}
          text-anchor="middle"
        >
          Session date
        </text>
        {SERIES.map(({ key, score }) => (
          <path key={key} class={`chart__line chart__line--${key}`} d={path(score)} />
        ))}
        {/* Squares first: where both scores are equal the circle stays visible on top. */}
        {sessions.map((s, i) => (
          <rect
            key={`after-${s.id}`}
            class="chart__point chart__point--after"
            data-score={s.painAfter}
            x={x(i) - 4.5}
            y={y(s.painAfter) - 4.5}
            width={9}
            height={9}
          />
        ))}
        {sessions.map((s, i) => (
          <circle
            key={`before-${s.id}`}
            class="chart__point chart__point--before"
            data-score={s.painBefore}
            cx={x(i)}
            cy={y(s.painBefore)}
            r={4.5}
          />
        ))}
      </svg>
      {/* The picture in words, for screen readers (the key says it to the eye); the link is for everyone. */}
      <p class="chart__description">
        <span id={`${id}-description`} class="visually-hidden">
          {chartDescription(care, sessions)}
        </span>
        <a href={`#${SESSIONS_TABLE_ID}`} onClick={(e) => jumpTo(e, SESSIONS_TABLE_ID)}>
          Every score is in the table of sessions.
        </a>
      </p>
    </figure>
  );
}
