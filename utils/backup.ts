import * as v from "valibot";
import { browser } from "wxt/browser";
import { migrateSettingsV1, migrateSettingsV2 } from "./storage/settings-rules";
import { SettingsSchema, type Settings } from "./storage/settings-schema";
import { settingsItem } from "./storage/settings";
import { isLegacyNotesFile, readLegacyNotesFile } from "./legacy-notes-file";
import { NotesSchema, readNotes, replaceNotes, type Notes } from "./storage/notes";

// Export, import and delete of what the user has saved. There is one file format, with a part per kind of
// data: the options page writes every part, the side panel's "Download my notes" only the notes part. A
// part is read, checked against its schema and written back as a whole. Old notes files from before the
// formats were one still import, as the notes part.

export const EXPORT_FORMAT = "sciatica-lens-export";
export const EXPORT_VERSION = 1;
/** Far more than years of notes; a bigger file is not ours and is not even read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

interface Part<T> {
  /** What it is called in messages: "settings". */
  readonly label: string;
  read(): Promise<T>;
  /** The part from a file, or a message saying what is wrong with it. */
  parse(value: unknown): { value: T } | { problem: string };
  write(value: T): Promise<void>;
  describe(value: T): string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const settingsPart: Part<Settings> = {
  label: "settings",
  read: () => settingsItem.getValue(),
  parse(value) {
    // An export made before settings v3 is read as the migrations would read it.
    const result = v.safeParse(SettingsSchema, value);
    if (result.success) return { value: result.output };
    const migrated = v.safeParse(SettingsSchema, migrateSettingsV2(migrateSettingsV1(value)));
    if (migrated.success) return { value: migrated.output };
    const issue = result.issues[0];
    return { problem: `${v.getDotPath(issue) ?? "settings"}: ${issue.message}` };
  },
  write: (value) => settingsItem.setValue(value),
  describe: (s) =>
    `${plural(s.pausedSites.length, "paused site")}, hidden meanings on ${plural(Object.keys(s.hiddenMeanings).length, "site")}`,
};

const notesPart: Part<Notes> = {
  label: "notes",
  read: readNotes,
  parse(value) {
    const result = v.safeParse(NotesSchema, value);
    if (result.success) return { value: result.output };
    const issue = result.issues[0];
    return { problem: `${v.getDotPath(issue) ?? "notes"}: ${issue.message}` };
  },
  write: replaceNotes,
  describe: (n) =>
    `${plural(n.progress.sessions.length, "logged session")}, ${plural(n.appointment.terms.length, "saved term")}, ${plural(n.appointment.questions.length, "question")}`,
};

export const PARTS = { settings: settingsPart, notes: notesPart } as const;
export type PartName = keyof typeof PARTS;
type Data = { [K in PartName]?: (typeof PARTS)[K] extends Part<infer T> ? T : never };

const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.record(v.string(), v.unknown()),
});

const ALL_PARTS = Object.keys(PARTS) as PartName[];

/** What the user has saved (every part, or the ones named), as the text of an export file. */
export async function buildExport(now = new Date(), parts: readonly PartName[] = ALL_PARTS): Promise<string> {
  const data: Record<string, unknown> = {};
  for (const name of parts) data[name] = await PARTS[name].read();
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), data }, null, 2)}\n`;
}

/** "sciatica-lens-export-2026-12-02.json"; a notes-only file says so in its name. */
export const exportFileName = (now = new Date(), parts: readonly PartName[] = ALL_PARTS) =>
  `sciatica-lens-${parts.length === 1 && parts[0] === "notes" ? "notes" : "export"}-${now.toISOString().slice(0, 10)}.json`;

export type ParsedImport = { ok: true; data: Data; summary: string } | { ok: false; error: string };

const TOO_LARGE: ParsedImport = {
  ok: false,
  error: "This file is too large to be a Sciatica Lens export. Nothing was changed.",
};

/** Checks an export file completely before anything is changed. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return TOO_LARGE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: "This file is not a Sciatica Lens export: it is not a JSON file. Nothing was changed.",
    };
  }
  if (isLegacyNotesFile(json)) {
    const notes = readLegacyNotesFile(json);
    if ("problem" in notes) return damaged(notesPart, notes.problem);
    return { ok: true, data: { notes: notes.value }, summary: `notes (${notesPart.describe(notes.value)})` };
  }
  const file = v.safeParse(FileSchema, json);
  if (!file.success)
    return { ok: false, error: "This file is not a Sciatica Lens export. Nothing was changed." };
  if (file.output.version > EXPORT_VERSION)
    return {
      ok: false,
      error:
        "This export was made by a newer version of Sciatica Lens. Update the extension, then try again.",
    };
  const data: Record<string, unknown> = {};
  const found: string[] = [];
  for (const [name, part] of Object.entries(PARTS) as [PartName, Part<unknown>][]) {
    if (!Object.hasOwn(file.output.data, name)) continue;
    const parsed = part.parse(file.output.data[name]);
    if ("problem" in parsed) return damaged(part, parsed.problem);
    data[name] = parsed.value;
    found.push(`${part.label} (${part.describe(parsed.value)})`);
  }
  if (found.length === 0)
    return { ok: false, error: "This export has nothing in it that Sciatica Lens can import." };
  return { ok: true, data: data as Data, summary: found.join("; ") };
}

const damaged = (part: Part<unknown>, problem: string): ParsedImport => ({
  ok: false,
  error: `The ${part.label} in this file are damaged (${problem}). Nothing was changed.`,
});

/** Reads a chosen file and checks it; a file too big to be ours is refused without being read. */
export async function parseImportFile(file: Blob): Promise<ParsedImport> {
  return file.size > MAX_IMPORT_BYTES ? TOO_LARGE : parseImport(await file.text());
}

/** Replaces each part the file has; parts it does not have are left as they are. */
export async function applyImport(data: Data): Promise<void> {
  for (const [name, value] of Object.entries(data) as [PartName, unknown][])
    await (PARTS[name] as Part<unknown>).write(value);
}

/**
 * Deletes everything Sciatica Lens keeps in extension storage: settings, hidden meanings, notes and
 * anything set aside as damaged. Settings go back to their defaults at once.
 */
export async function deleteEverything(): Promise<void> {
  await browser.storage.local.clear();
}
