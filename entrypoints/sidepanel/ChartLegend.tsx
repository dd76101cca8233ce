import { SERIES, type Bands, type SeriesKey } from "./pain-series";

// The key tells the lines apart by line style and point shape as well as colour: solid with circles for
// before, dashed with squares for after; each band's edge follows its line's style.

function LineSwatch({ series }: { series: SeriesKey }) {
  return (
    <svg class="chart__swatch" viewBox="0 0 28 12" aria-hidden="true">
      <line class={`chart__line chart__line--${series}`} x1={1} x2={27} y1={6} y2={6} />
      {series === "before" ? (
        <circle class="chart__point chart__point--before" cx={14} cy={6} r={4} />
      ) : (
        <rect class="chart__point chart__point--after" x={10} y={2} width={8} height={8} />
      )}
    </svg>
  );
}

function BandSwatch({ series }: { series: SeriesKey }) {
  return (
    <svg class="chart__swatch" viewBox="0 0 28 12" aria-hidden="true">
      <g class={`chart__band chart__band--${series}`}>
        <rect x={1} y={3} width={26} height={9} />
        <line class="chart__band-edge" x1={1} x2={27} y1={3} y2={3} />
      </g>
    </svg>
  );
}

export function ChartLegend({ bands }: { bands: Bands }) {
  return (
    <ul class="chart__legend">
      {SERIES.map((s) => (
        <li key={s.key}>
          <LineSwatch series={s.key} />
          {s.label}
        </li>
      ))}
      {SERIES.map((s) =>
        bands[s.key] === null ? null : (
          <li key={`band-${s.key}`} data-legend-band={s.key}>
            <BandSwatch series={s.key} />
            Meaningful drop ({s.key}): {bands[s.key]}
            {bands[s.key] === 0 ? "" : " or lower"}
          </li>
        ),
      )}
    </ul>
  );
}
