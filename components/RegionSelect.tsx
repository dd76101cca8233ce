import { REGION_LABELS, REGIONS, type Region } from "../content/emergency";

/** The list of regions, by name: it sets which emergency number and same-day service are named. */
export function RegionSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Region;
  onChange: (region: Region) => void;
}) {
  return (
    <select
      id={id}
      name="region"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Region)}
      data-region-select
    >
      {REGIONS.map((region) => (
        <option key={region} value={region}>
          {REGION_LABELS[region]}
        </option>
      ))}
    </select>
  );
}
