// Limits for every file the app reads. A file over MAX_FILE_BYTES is refused before parsing.
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_NAME = 200; // country, ministry, title, answeredBy, ids
export const MAX_LONG_TEXT = 100_000; // evidence, comment, reasons
export const MAX_ANSWERS = 2_000;
