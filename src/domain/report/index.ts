export { buildReport, TOP_GAPS, type ReportInput } from "./build";
export type * from "./model";
export { reportMessages, reportLocale, type ReportMessages, type ReportMessageKey } from "./messages";
