// Timestamps in a document (savedAt, createdAt, updatedAt): ISO 8601 in UTC, as
// Date.toISOString writes them, and a date and time that exist: month 1-12, a day the
// month has, hours up to 23, minutes and seconds up to 59, a year in a sensible range.
// A pattern alone let "2026-13-45T99:99:99Z" through, and formatting it threw.
//
// API: timestampProblem(text) -> string | null (null when it is a real timestamp)
import { MAX_TIMESTAMP_YEAR, MIN_TIMESTAMP_YEAR } from "./limits";

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;
/** The same pattern as text, for the CouchDB validation function (src/domain/sharing/rules.ts). */
export const TIMESTAMP_PATTERN = ISO_UTC.source;
export const TIMESTAMP_FORMAT = "must be a date and time like 2026-01-31T09:00:00.000Z";

export function timestampProblem(text: string): string | null {
  const parts = ISO_UTC.exec(text);
  if (!parts) return TIMESTAMP_FORMAT;
  const [year, month, day, hour, minute, second] = parts.slice(1).map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number, number, number, number];
  if (year < MIN_TIMESTAMP_YEAR || year > MAX_TIMESTAMP_YEAR) return `must be a date between the years ${MIN_TIMESTAMP_YEAR} and ${MAX_TIMESTAMP_YEAR}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return "is not a real date and time (month 1 to 12, a day the month has, time up to 23:59:59)";
  }
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
