// UI strings of the report page itself (the report's own headings live in src/domain/report/messages.ts).
import type { Catalogue } from "../../i18n/translate";

const en = {
  "download.button": "Download PDF",
  "download.busy": "Preparing the PDF…",
  "download.done": "The PDF has been saved as {file}.",
  "download.failed": "The PDF could not be made: {reason}",
  "chart.label": "Bar chart of the score of each dimension, 0 to 100. The same figures are in the table above.",
};

export type ReportPageMessages = typeof en;
export const reportPageMessages: Catalogue<ReportPageMessages> = { en };
