export { buildReport, TOP_GAPS, type ReportInput } from "./build";
export type * from "./model";
export { reportMessages, type ReportMessages, type ReportMessageKey } from "./messages";
export { reportLocale } from "./locale";
