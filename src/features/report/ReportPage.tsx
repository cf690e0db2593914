// #/a/{id}/report: the gap report as an accessible HTML page that prints cleanly, plus
// "Download PDF". The route (ReportRoute.tsx) builds the model and passes it in.
import type { ReportModel } from "../../domain/report";
import { RTL_LOCALES } from "../../domain/text";
import { translator } from "../../i18n/translate";
import { DownloadPdf } from "./DownloadPdf";
import { reportPageMessages } from "./messages";
import { AnnexSection, ArchiveSection, GapsSection, GlossarySection, PlanSection } from "./ReportDetails";
import { CoverSection, ScoresSection, SummarySection } from "./ReportSections";
import "./report.css";

export interface ReportPageProps {
  model: ReportModel;
  /** The interface language: the button and notes use it; the report itself is in model.locale. */
  uiLocale?: string;
}

export function ReportPage({ model, uiLocale = model.locale }: ReportPageProps) {
  const t = translator(reportPageMessages, uiLocale);
  const rtl = RTL_LOCALES.includes(uiLocale);
  const notes = [
    ...(model.locale !== uiLocale ? [t("report.notTranslated")] : []),
    // An Arabic reader whose report (and so its PDF) is still in English.
    ...(rtl && !RTL_LOCALES.includes(model.locale) ? [t("pdf.englishOnly")] : []),
  ];
  return (
    <div className="report" lang={model.locale} dir={model.direction}>
      {model.isDraft && <p className="report-draft">{model.labels["watermark.draft"]}</p>}
      <CoverSection model={model} />
      <div lang={uiLocale} dir={rtl ? "rtl" : "ltr"}>
        {notes.length > 0 && (
          <div className="inset-text report-notes">
            {notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
        <DownloadPdf model={model} t={t} />
      </div>
      <SummarySection model={model} />
      <ScoresSection model={model} chartLabel={t("chart.label")} />
      <GapsSection model={model} />
      <PlanSection model={model} />
      <AnnexSection model={model} />
      <ArchiveSection model={model} />
      <GlossarySection model={model} />
    </div>
  );
}
