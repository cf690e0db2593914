// Limits for every file the app reads and every record it stores.
//
// One size limit: a file over MAX_FILE_BYTES is refused before it is read, and an
// assessment whose export would be larger is refused too (read.ts), so whatever the app
// holds it can export and import back. Exports are compact JSON, so the file is exactly
// the size that was checked.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_NAME = 200; // country, ministry, title, answeredBy, ids
export const MAX_LONG_TEXT = 100_000; // evidence, comment, reasons; also any string at all
export const MAX_ANSWERS = 2_000;
export const FIRST_ASSESSMENT_YEAR = 1990;
export const LAST_ASSESSMENT_YEAR = 2100;
/** Ids of assessments, indicators, options and dimensions in a file. */
export const ID_PATTERN = "^[A-Za-z0-9._-]+$";
export const MAX_ISO_TIME = 40; // characters of a timestamp (timestamp.ts)
export const MAX_COMPLETED_SECTIONS = 50;
export const MAX_LAST_PATH = 500;

// The shape of any document, checked before the schema (shape.ts). A real assessment
// nests 6 levels deep and holds about 20 values per answer.
export const MAX_DEPTH = 16; // objects and lists inside each other
export const MAX_ENTRIES = MAX_ANSWERS; // fields of one object, items of one list
export const MAX_VALUES = 200_000; // every value in the document, containers included

// Timestamps (createdAt, updatedAt, savedAt): a real UTC date and time in these years.
export const MIN_TIMESTAMP_YEAR = 1970;
export const MAX_TIMESTAMP_YEAR = 2200;
