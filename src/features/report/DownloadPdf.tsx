// The "Download PDF" button. jsPDF and the fonts are imported on the first click (their own
// chunk). The button stays focusable while busy (aria-disabled, clicks ignored) so focus is
// never lost; progress, success and failure are announced by one live region.
import { useRef, useState } from "react";
import type { ReportModel } from "../../domain/report";
import type { Translate } from "../../i18n/translate";
import { Button } from "../../ui";
import { downloadReportPdf } from "./download";
import type { ReportPageMessages } from "./messages";

type Status = { kind: "idle" } | { kind: "busy"; done: number; total: number } | { kind: "done"; file: string } | { kind: "failed"; reason: string };

export function DownloadPdf({ model, t }: { model: ReportModel; t: Translate<ReportPageMessages> }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = useRef(false);

  async function download() {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: "busy", done: 0, total: 1 });
    try {
      setStatus({ kind: "done", file: await downloadReportPdf(model, (done, total) => setStatus({ kind: "busy", done, total })) });
    } catch (e) {
      setStatus({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
    } finally {
      busy.current = false;
    }
  }

  return (
    <div className="report-actions">
      <Button type="button" onClick={download} aria-disabled={status.kind === "busy" ? true : undefined}>
        {t("download.button")}
      </Button>
      <div id="report-download-status" role="status" aria-live="polite" className="report-status">
        {status.kind === "busy" && (
          <>
            <p>{t("download.busy")}</p>
            {/* The bar moves as the parts of the report are drawn; the sentence above is what is announced. */}
            <progress className="report-progress" max={status.total} value={status.done} aria-label={t("download.progress")} />
          </>
        )}
        {status.kind === "done" && <p>{t("download.done", { file: status.file })}</p>}
        {status.kind === "failed" && (
          <>
            <p className="error-message">{t("download.failed")}</p>
            <p>{t("download.failedHelp")}</p>
            <p className="report-status-detail">{t("download.failedReason", { reason: status.reason })}</p>
          </>
        )}
      </div>
    </div>
  );
}
