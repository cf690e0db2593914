// Reading a document from untrusted text: size first, then JSON, then the envelope
// (format, version), then migration to the current version, then the schema.
// Problems say where (a field path) and what is wrong, in plain words.
//
// API: readDocumentText(text) -> ReadResult; readDocument(parsedJson) -> ReadResult;
//      fileSizeProblem(bytes) -> Problem | null (check a File's size before reading it).
// A file is never parsed when it is over MAX_FILE_BYTES.
import { CURRENT_FORMAT_VERSION, DOCUMENT_FORMAT, documentSchema, type AssessmentDocument } from "./format";
import { MAX_FILE_BYTES } from "./limits";
import { migrateToCurrent } from "./migrations";
import { describeIssues, type Problem } from "./problems";

export type ReadResult = { ok: true; document: AssessmentDocument; migratedFrom: number | null } | { ok: false; problems: Problem[] };

export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { where: "(file)", message: `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB.` };
}

export function readDocumentText(text: string): ReadResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long text is refused without encoding it.
  const tooBig = fileSizeProblem(text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("(file)", "The file is not valid JSON. It may be damaged or cut short.");
  }
  return readDocument(data);
}

export function readDocument(data: unknown): ReadResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail("(file)", "The file does not contain an assessment.");
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== DOCUMENT_FORMAT) {
    return fail("format", `This is not an assessment file (expected format "${DOCUMENT_FORMAT}").`);
  }
  const version = envelope.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail("formatVersion", "The format version is missing or not a whole number.");
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      "formatVersion",
      `This file was saved by a newer version of the tool (format version ${version}; this tool reads up to ${CURRENT_FORMAT_VERSION}). Update the tool to open it.`,
    );
  }
  const migrated = migrateToCurrent(envelope, version);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const parsed = documentSchema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, migrated.data) };
  return { ok: true, document: parsed.data, migratedFrom: version === CURRENT_FORMAT_VERSION ? null : version };
}

function fail(where: string, message: string): ReadResult {
  return { ok: false, problems: [{ where, message }] };
}
