// #/a/{id}/report: the gap report as an accessible HTML page that prints cleanly, plus
// "Download PDF". The route (ReportRoute.tsx) builds the model and passes it in.
import type { ReportModel } from "../../domain/report";
import { translator } from "../../i18n/translate";
import { DownloadPdf } from "./DownloadPdf";
import { reportPageMessages } from "./messages";
import { AnnexSection, GapsSection, PlanSection } from "./ReportDetails";
import { CoverSection, ScoresSection, SummarySection } from "./ReportSections";
import "./report.css";

/**
 * pdfModel: the model the PDF is made from when it differs from the page's (the PDF is
 * written in English when the page is in a script the PDF fonts cannot show).
 */
export function ReportPage({ model, pdfModel = model }: { model: ReportModel; pdfModel?: ReportModel }) {
  const t = translator(reportPageMessages, model.locale);
  return (
    <div className="report" lang={model.locale} dir={model.direction}>
      {model.isDraft && <p className="report-draft">{model.labels["watermark.draft"]}</p>}
      <DownloadPdf model={pdfModel} t={t} englishOnly={pdfModel.locale !== model.locale} />
      <CoverSection model={model} />
      <SummarySection model={model} />
      <ScoresSection model={model} chartLabel={t("chart.label")} />
      <GapsSection model={model} />
      <PlanSection model={model} />
      <AnnexSection model={model} />
    </div>
  );
}
