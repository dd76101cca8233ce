import { PAIN_AREAS, SENSATIONS, SIDES, TRIGGERS, type Appointment } from "../../utils/storage/appointment";
import { AREA_LABELS, SENSATION_LABELS, SIDE_LABELS, TRIGGER_LABELS } from "../../utils/notes/labels";
import { DraftText } from "./DraftText";

type Update = (change: (current: Appointment) => Appointment) => void;

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

function Checkboxes<T extends string>({
  legend,
  options,
  labels,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  onChange: (item: T, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="choices">
        {options.map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) => onChange(option, e.currentTarget.checked)}
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Where the pain goes, what comes with it and what makes it worse. */
export function SymptomFields({
  appointment: a,
  update,
  onRedFlags,
}: {
  appointment: Appointment;
  update: Update;
  onRedFlags: () => void;
}) {
  return (
    <>
      <Checkboxes
        legend="Where does the pain go?"
        options={PAIN_AREAS}
        labels={AREA_LABELS}
        chosen={a.areas}
        onChange={(area, on) => update((c) => ({ ...c, areas: toggle(c.areas, area, on) }))}
      />
      <fieldset>
        <legend>Which side?</legend>
        <div class="choices">
          {SIDES.map((side) => (
            <label key={side}>
              <input
                type="radio"
                name="pain-side"
                checked={a.side === side}
                onChange={() => update((c) => ({ ...c, side }))}
              />
              {SIDE_LABELS[side]}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="pain-side"
              checked={a.side === null}
              onChange={() => update((c) => ({ ...c, side: null }))}
            />
            Not sure
          </label>
        </div>
        {a.side === "both" && (
          <p class="caution">
            Pain, numbness or weakness in both legs is one of the warning signs.{" "}
            <button type="button" class="link-button" onClick={onRedFlags}>
              Answer the red-flag checklist
            </button>
          </p>
        )}
      </fieldset>
      <Checkboxes
        legend="Do you also have…"
        options={SENSATIONS}
        labels={SENSATION_LABELS}
        chosen={a.sensations}
        onChange={(s, on) => update((c) => ({ ...c, sensations: toggle(c.sensations, s, on) }))}
      />
      {a.sensations.includes("weakness") && (
        <p class="caution">
          Weakness that is new or getting worse is a warning sign.{" "}
          <button type="button" class="link-button" onClick={onRedFlags}>
            Answer the red-flag checklist
          </button>
        </p>
      )}
      <Checkboxes
        legend="What makes it worse?"
        options={TRIGGERS}
        labels={TRIGGER_LABELS}
        chosen={a.worseWith}
        onChange={(t, on) => update((c) => ({ ...c, worseWith: toggle(c.worseWith, t, on) }))}
      />
      <div class="field">
        <label for="worse-other">Anything else that makes it worse</label>
        <DraftText
          id="worse-other"
          value={a.worseOther}
          maxLength={300}
          onSave={(text) => update((c) => ({ ...c, worseOther: text }))}
        />
      </div>
      <div class="field">
        <label for="started">When and how did it start?</label>
        <DraftText
          id="started"
          value={a.started}
          maxLength={300}
          placeholder="for example: 3 weeks ago, after lifting a box"
          onSave={(text) => update((c) => ({ ...c, started: text }))}
        />
      </div>
      <div class="field">
        <label for="tried">What have you tried so far, and did it help?</label>
        <DraftText
          id="tried"
          multiline
          value={a.tried}
          maxLength={4000}
          onSave={(text) => update((c) => ({ ...c, tried: text }))}
        />
      </div>
    </>
  );
}
