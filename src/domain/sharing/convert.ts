// A local Assessment to the documents of a shared one (layout.ts), and back.
//
// API:
//   toSharedDocs(assessment) -> { details, completion, answers, archive }
//     Documents without _rev. lastPath and revision are this browser's own and not shared.
//   fromSharedDocs(docs, local?) -> { ok: true, assessment, members, tooLargeForFile } | { ok: false, problems }
//     docs: untrusted rows (e.g. _all_docs?include_docs=true); every one is checked
//     (shape, then its schema). Design documents, activity records and deleted documents
//     are skipped. The result passes the assessment file's schema (counts and limits) or
//     is refused. The server limits each document, not their sum: an assessment whose
//     file would pass MAX_FILE_BYTES is still returned, with tooLargeForFile saying so,
//     so that it can be opened and shortened.
//     updatedAt is the latest of the details' and every answer's updatedAt: contributors
//     change the assessment without touching the details.
import type { z } from "../zod";
import type { Answer, Assessment } from "../assessment/assessment";
import { assessmentSchema, toDocument } from "../document/format";
import { exportSizeProblem } from "../document/read";
import { checkValueShape } from "../document/shape";
import { describeIssues, type Problem } from "../document/problems";
import {
  ANSWER_PREFIX,
  ARCHIVE_PREFIX,
  COMPLETION_ID,
  DETAILS_ID,
  answerDocId,
  archiveDocId,
  kindOfId,
  type AnswerDoc,
  type ArchiveDoc,
  type CompletionDoc,
  type DetailsDoc,
  type Member,
} from "./layout";
import { answerDocSchema, archiveDocSchema, completionDocSchema, detailsDocSchema, membersDocSchema } from "./schemas";

export interface SharedDocs {
  details: DetailsDoc;
  completion: CompletionDoc;
  answers: AnswerDoc[];
  archive: ArchiveDoc[];
}

export function toSharedDocs(a: Assessment): SharedDocs {
  return {
    details: {
      _id: DETAILS_ID,
      assessmentId: a.id,
      country: a.country,
      year: a.year,
      perspective: a.perspective,
      leadMinistry: a.leadMinistry,
      title: a.title,
      questionnaire: { id: a.questionnaire.id, version: a.questionnaire.version },
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    },
    completion: { _id: COMPLETION_ID, completedSections: [...a.completedSections] },
    answers: Object.keys(a.answers)
      .sort()
      .map((key) => ({ _id: answerDocId(key), ...answerFields(a.answers[key]!) })),
    archive: Object.keys(a.archive)
      .sort()
      .map((key) => ({ _id: archiveDocId(key), ...answerFields(a.archive[key]!) })),
  };
}

function answerFields(a: Answer): Answer {
  const fields: Answer = { choice: { ...a.choice }, evidence: a.evidence, comment: a.comment, answeredBy: a.answeredBy, updatedAt: a.updatedAt };
  if (a.carriedOver) fields.carriedOver = { fromYear: a.carriedOver.fromYear };
  return fields;
}

export type FromSharedResult =
  | { ok: true; assessment: Assessment; members: Member[] | null; tooLargeForFile: Problem | null }
  | { ok: false; problems: Problem[] };

export function fromSharedDocs(docs: readonly unknown[], local: { lastPath: string; revision: number } = { lastPath: "", revision: 0 }): FromSharedResult {
  const problems: Problem[] = [];
  let details: DetailsDoc | null = null;
  let completed: string[] = [];
  let members: Member[] | null = null;
  const answers: Record<string, Answer> = {};
  const archive: Record<string, Answer> = {};

  for (const doc of docs) {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      problems.push({ where: "(database)", message: "holds something that is not a document." });
      continue;
    }
    const record = doc as Record<string, unknown>;
    const id = typeof record._id === "string" ? record._id : "";
    if (record._deleted === true || id.startsWith("_design/")) continue;
    const shape = checkValueShape(record);
    if (shape.fatal || shape.problems.length) {
      for (const p of shape.problems.slice(0, 3)) problems.push({ where: `${id.slice(0, 60) || "(no id)"}: ${p.where}`, message: p.message });
      continue;
    }
    const kind = kindOfId(id);
    if (kind === "details") details = parsed(detailsDocSchema, record, problems);
    else if (kind === "completion") completed = parsed(completionDocSchema, record, problems)?.completedSections ?? completed;
    else if (kind === "members") members = parsed(membersDocSchema, record, problems)?.people ?? members;
    else if (kind === "answer") put(answers, ANSWER_PREFIX, parsed(answerDocSchema, record, problems));
    else if (kind === "archive") put(archive, ARCHIVE_PREFIX, parsed(archiveDocSchema, record, problems));
    else if (kind === null) problems.push({ where: id.slice(0, 60) || "(no id)", message: "is not a document of a shared assessment." });
  }
  if (!details) problems.push({ where: DETAILS_ID, message: "is missing: the database holds no assessment details." });
  if (problems.length > 0 || !details) return { ok: false, problems: problems.slice(0, 10) };

  const assessment: Assessment = {
    id: details.assessmentId,
    country: details.country,
    year: details.year,
    perspective: details.perspective,
    leadMinistry: details.leadMinistry,
    title: details.title,
    questionnaire: { ...details.questionnaire },
    createdAt: details.createdAt,
    updatedAt: latest([details.updatedAt, ...Object.values(answers).map((a) => a.updatedAt), ...Object.values(archive).map((a) => a.updatedAt)]),
    answers,
    completedSections: completed,
    archive,
    lastPath: local.lastPath,
    revision: local.revision,
  };
  const checked = assessmentSchema.safeParse(assessment);
  if (!checked.success) return { ok: false, problems: describeIssues(checked.error.issues, assessment) };
  return { ok: true, assessment: checked.data, members, tooLargeForFile: exportSizeProblem(toDocument(checked.data, checked.data.updatedAt)) };
}

function parsed<S extends z.ZodMiniType>(schema: S, doc: Record<string, unknown>, problems: Problem[]): z.infer<S> | null {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  const where = String(doc._id).slice(0, 60);
  for (const p of describeIssues(result.error.issues, doc, 3)) problems.push({ where: p.where === "(file)" ? where : `${where}: ${p.where}`, message: p.message });
  return null;
}

function put(map: Record<string, Answer>, prefix: string, doc: AnswerDoc | null) {
  if (!doc) return;
  const { _id, _rev, ...answer } = doc;
  void _rev;
  map[_id.slice(prefix.length)] = answer;
}

/** The latest of ISO times; ties and unparseable times keep the first. */
function latest(times: string[]): string {
  let best = times[0]!;
  for (const t of times.slice(1)) if (Date.parse(t) > Date.parse(best)) best = t;
  return best;
}
