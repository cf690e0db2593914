// #/a/{id}/report: the gap report as an accessible HTML page that prints cleanly, plus
// "Download PDF". The route (wired by the app shell) builds the model and passes it in.
import { useState } from "react";
import type { ReportModel } from "../../domain/report";
import { translator } from "../../i18n/translate";
import { downloadReportPdf } from "./download";
import { reportPageMessages } from "./messages";
import { AnnexSection, GapsSection, PlanSection } from "./ReportDetails";
import { CoverSection, ScoresSection, SummarySection } from "./ReportSections";
import "./report.css";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; file: string } | { kind: "failed"; reason: string };

export function ReportPage({ model }: { model: ReportModel }) {
  const t = translator(reportPageMessages, model.locale);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function download() {
    setStatus({ kind: "busy" });
    try {
      setStatus({ kind: "done", file: await downloadReportPdf(model) });
    } catch (e) {
      setStatus({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="report" lang={model.locale} dir={model.direction}>
      {model.isDraft && <p className="report-draft">{model.labels["watermark.draft"]}</p>}
      <div className="report-actions">
        <button type="button" className="govuk-button" onClick={download} disabled={status.kind === "busy"} aria-disabled={status.kind === "busy"}>
          {status.kind === "busy" ? t("download.busy") : t("download.button")}
        </button>
        <p role="status" className="report-status">
          {status.kind === "done" && t("download.done", { file: status.file })}
          {status.kind === "failed" && t("download.failed", { reason: status.reason })}
        </p>
      </div>
      <CoverSection model={model} />
      <SummarySection model={model} />
      <ScoresSection model={model} chartLabel={t("chart.label")} />
      <GapsSection model={model} />
      <PlanSection model={model} />
      <AnnexSection model={model} />
    </div>
  );
}
