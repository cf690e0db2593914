// Reading a document from untrusted text or a stored value: size first, then the shape
// (shape.ts: nesting, entry counts, string lengths, repeated fields, and JSON syntax,
// before JSON.parse), then the envelope (format, version), then migration to the current
// version, then the schema, then the value migrations, then the size of its export. Problems say where (a field
// path) and what is wrong, in plain words.
//
// API: readDocumentText(text) -> ReadResult; readDocument(parsedJson) -> ReadResult;
//      fileSizeProblem(bytes) -> Problem | null (check a File's size before reading it).
// Neither read ever throws: whatever goes wrong is a refusal with a message.
import { maxExportBytes } from "./export";
import { CURRENT_FORMAT_VERSION, DOCUMENT_FORMAT, documentSchema, type AssessmentDocument } from "./format";
import { MAX_FILE_BYTES } from "./limits";
import { migrateToCurrent, migrateValues } from "./migrations";
import { describeIssues, MAX_LISTED_PROBLEMS, type Problem } from "./problems";
import { checkValueShape, DUPLICATE, scanJsonText } from "./shape";
import { formatSize, sizeOverLimit, utf8Length } from "./size";

export type ReadResult = { ok: true; document: AssessmentDocument; migratedFrom: number | null } | { ok: false; problems: Problem[] };

export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const { unit, size, limit } = sizeOverLimit(bytes, MAX_FILE_BYTES);
  return { where: "(file)", message: `The file is ${formatSize(unit, size)}; the limit is ${formatSize(unit, limit)}.` };
}

export function readDocumentText(text: string): ReadResult {
  return neverThrow(() => {
    // A byte-order mark is allowed before UTF-8 text (spreadsheet tools and Notepad write one).
    const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // UTF-8 never takes fewer bytes than UTF-16 code units, so a long text is refused without counting.
    const tooBig = fileSizeProblem(json.length > MAX_FILE_BYTES ? json.length : utf8Length(json));
    if (tooBig) return refuse([tooBig]);
    const shape = scanJsonText(json);
    return shape.fatal ? refuse(shape.problems) : withShapeProblems(readShaped(JSON.parse(json)), shape.problems);
  });
}

export function readDocument(data: unknown): ReadResult {
  return neverThrow(() => {
    const shape = checkValueShape(data);
    return shape.fatal ? refuse(shape.problems) : withShapeProblems(readShaped(data), shape.problems);
  });
}

/**
 * Problems of the shape (a repeated field, a string over the limit) refuse even a document
 * the schema accepts. A repeated field comes first: what the schema says about that field
 * may only be a consequence of it.
 */
function withShapeProblems(result: ReadResult, found: Problem[]): ReadResult {
  if (found.length === 0) return result;
  if (result.ok) return refuse(found);
  const listed = new Set(result.problems.map((p) => `${p.where}\n${p.message}`));
  const repeated = found.filter((p) => p.message === DUPLICATE);
  const others = found.filter((p) => p.message !== DUPLICATE && !listed.has(`${p.where}\n${p.message}`));
  return refuse([...repeated, ...result.problems, ...others].slice(0, MAX_LISTED_PROBLEMS + 1));
}

/** `data` has passed the shape check. */
function readShaped(data: unknown): ReadResult {
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
  const document = migrateValues(parsed.data);
  const tooLarge = exportSizeProblem(document);
  if (tooLarge) return refuse([tooLarge]);
  return { ok: true, document, migratedFrom: version === CURRENT_FORMAT_VERSION ? null : version };
}

/** Whatever the app accepts it can keep, export and import back: the export must fit the file limit, with room for the fields the tool sets itself. */
export function exportSizeProblem(document: AssessmentDocument): Problem | null {
  const bytes = maxExportBytes(document.assessment);
  if (bytes <= MAX_FILE_BYTES) return null;
  const { unit, size, limit } = sizeOverLimit(bytes, MAX_FILE_BYTES);
  return {
    where: "(file)",
    message: `The assessment is too large to be kept as a file: it needs ${formatSize(unit, size)}, and a file may be at most ${formatSize(unit, limit)}. Shorten some evidence or comments.`,
  };
}

function neverThrow(read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch {
    return fail("(file)", "The file could not be checked: its content has a form this tool cannot read.");
  }
}

const refuse = (problems: Problem[]): ReadResult => ({ ok: false, problems });

function fail(where: string, message: string): ReadResult {
  return refuse([{ where, message }]);
}
