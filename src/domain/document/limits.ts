// Limits for every file the app reads. A file over MAX_FILE_BYTES is refused before parsing.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_NAME = 200; // country, ministry, title, answeredBy, ids
export const MAX_LONG_TEXT = 100_000; // evidence, comment, reasons
export const MAX_ANSWERS = 2_000;
export const FIRST_ASSESSMENT_YEAR = 1990;
export const LAST_ASSESSMENT_YEAR = 2100;
/** Ids of assessments, indicators, options and dimensions in a file. */
export const ID_PATTERN = "^[A-Za-z0-9._-]+$";
export const ISO_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z$";
export const MAX_ISO_TIME = 40;
export const MAX_COMPLETED_SECTIONS = 50;
export const MAX_LAST_PATH = 500;
