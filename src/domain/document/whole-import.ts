// Importing a whole assessment file: as a new assessment, or replacing one already
// here after the user has seen what would change.
//
// API:
//   planWholeImport(existing, incoming, questionnaire?) -> WholeImportPlan
//     replaceOptions: assessments the file could replace (same id first, then same
//     country and year), each with a summary of the changes. `questionnaire` (the
//     incoming file's) names the sections; without it every answer counts as "other".
//   importAsNew(incoming, existingIds, makeId?) -> Assessment with a fresh id when needed
//   applyReplace(target, incoming) -> incoming's content under the target's id, revision + 1
// All pure: inputs are never changed.
import type { Answer, Assessment } from "../assessment/assessment";
import { answerAt } from "../assessment/records";
import type { Questionnaire } from "../questionnaire/schema";
import { pick } from "../text";
import { sameAnswer, sectionOf } from "./answer-diff";

export interface MetadataChange {
  field: "country" | "year" | "perspective" | "leadMinistry" | "title" | "questionnaire";
  from: string;
  to: string;
}

export interface SectionChange {
  sectionId: string;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ReplaceSummary {
  metadata: MetadataChange[];
  sections: SectionChange[];
  /** Archived answers here that the file does not have: replacing would drop them. */
  archiveRemoved: string[];
  /** Plain English, one line per change; ["Nothing would change."] when identical. */
  lines: string[];
}

export interface ReplaceOption {
  target: Assessment;
  match: "sameId" | "sameCountryAndYear";
  summary: ReplaceSummary;
}

export interface WholeImportPlan {
  incoming: Assessment;
  /** An assessment here already has the file's id, so "as new" will take a fresh id. */
  idTaken: boolean;
  replaceOptions: ReplaceOption[];
}

export function planWholeImport(existing: readonly Assessment[], incoming: Assessment, questionnaire?: Questionnaire): WholeImportPlan {
  const sameId = existing.filter((a) => a.id === incoming.id);
  const sameCountryYear = existing.filter(
    (a) => a.id !== incoming.id && a.year === incoming.year && a.country.trim().toLowerCase() === incoming.country.trim().toLowerCase(),
  );
  const option = (target: Assessment, match: ReplaceOption["match"]): ReplaceOption => ({
    target,
    match,
    summary: summariseReplace(target, incoming, questionnaire),
  });
  return {
    incoming,
    idTaken: sameId.length > 0,
    replaceOptions: [...sameId.map((t) => option(t, "sameId")), ...sameCountryYear.map((t) => option(t, "sameCountryAndYear"))],
  };
}

export function summariseReplace(target: Assessment, incoming: Assessment, questionnaire?: Questionnaire): ReplaceSummary {
  const metadata = metadataChanges(target, incoming);
  const section = sectionOf(questionnaire);
  const bySection = new Map<string, SectionChange>();
  const entry = (id: string) => {
    const sectionId = section(id);
    if (!bySection.has(sectionId)) bySection.set(sectionId, { sectionId, added: [], changed: [], removed: [] });
    return bySection.get(sectionId)!;
  };
  for (const id of Object.keys(incoming.answers).sort()) {
    const mine = answerAt(target.answers, id);
    if (!mine) entry(id).added.push(id);
    else if (!sameAnswer(mine, incoming.answers[id]!)) entry(id).changed.push(id);
  }
  for (const id of Object.keys(target.answers).sort()) {
    if (!answerAt(incoming.answers, id)) entry(id).removed.push(id);
  }
  const archiveRemoved = Object.keys(target.archive).filter((id) => !answerAt(incoming.archive, id)).sort();
  const order = questionnaire?.dimensions.map((d) => d.id) ?? [];
  const sections = [...bySection.values()].sort((a, b) => rank(order, a.sectionId) - rank(order, b.sectionId));
  const title = (id: string) => pick(questionnaire?.dimensions.find((d) => d.id === id)?.title, "en") || id;
  const lines = [
    ...metadata.map((m) => `${FIELD_NAMES[m.field]}: "${m.from}" would become "${m.to}".`),
    ...sections.map((s) => `${title(s.sectionId)}: ${counted(s.added.length, "added")}, ${counted(s.changed.length, "changed")}, ${counted(s.removed.length, "removed")}.`),
    ...(archiveRemoved.length ? [`${counted(archiveRemoved.length, "removed")} from the archive.`] : []),
  ];
  return { metadata, sections, archiveRemoved, lines: lines.length ? lines : ["Nothing would change."] };
}

const FIELD_NAMES: Record<MetadataChange["field"], string> = {
  country: "Country",
  year: "Year",
  perspective: "Perspective",
  leadMinistry: "Lead ministry",
  title: "Title",
  questionnaire: "Questionnaire",
};

function metadataChanges(a: Assessment, b: Assessment): MetadataChange[] {
  const q = (x: Assessment) => `${x.questionnaire.id} version ${x.questionnaire.version}`;
  const pairs: [MetadataChange["field"], string, string][] = [
    ["country", a.country, b.country],
    ["year", String(a.year), String(b.year)],
    ["perspective", a.perspective, b.perspective],
    ["leadMinistry", a.leadMinistry, b.leadMinistry],
    ["title", a.title, b.title],
    ["questionnaire", q(a), q(b)],
  ];
  return pairs.filter(([, from, to]) => from !== to).map(([field, from, to]) => ({ field, from, to }));
}

const rank = (order: string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
const counted = (n: number, what: string) => `${n} ${n === 1 ? "answer" : "answers"} ${what}`;

export function importAsNew(incoming: Assessment, existingIds: readonly string[], makeId: () => string = randomId): Assessment {
  let id = incoming.id;
  // A makeId that keeps colliding cannot hang the import: after 10 tries random ids take over.
  for (let tries = 0; existingIds.includes(id); tries++) id = tries < 10 ? makeId() : randomId();
  return { ...copyAnswers(incoming), id, revision: 0 };
}

export function applyReplace(target: Assessment, incoming: Assessment): Assessment {
  return { ...copyAnswers(incoming), id: target.id, revision: target.revision + 1 };
}

function copyAnswers(a: Assessment): Assessment {
  const copy = (m: Record<string, Answer>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { ...v, choice: { ...v.choice } }]));
  return { ...a, questionnaire: { ...a.questionnaire }, answers: copy(a.answers), archive: copy(a.archive), completedSections: [...a.completedSections] };
}

/** 20 random hex digits, from getRandomValues (randomUUID needs a secure context). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `a-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
