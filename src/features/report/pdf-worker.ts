// Makes the report PDF off the main thread, so the page stays responsive however long the
// answers are (jsPDF draws synchronously). Receives { model, arabic }, answers with
// progress messages and then the bytes (transferred) or the reason it failed.
// Named pdf-worker so its built file (assets/pdf-worker-*.js) is among the PDF code.
import { renderReportPdf } from "./pdf";
import type { PdfJob, PdfReply } from "./download";

const reply = (message: PdfReply, transfer: Transferable[] = []) => postMessage(message, { transfer });

addEventListener("message", (event: MessageEvent<PdfJob>) => {
  const { model, arabic } = event.data;
  try {
    const bytes = renderReportPdf(model, arabic, (done, total) => reply({ kind: "progress", done, total }));
    reply({ kind: "done", bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
  }
});
