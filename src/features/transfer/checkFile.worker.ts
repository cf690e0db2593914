// Reads and checks an assessment file off the main thread, so the page stays responsive
// whatever the file holds. Receives a File, answers with a FileCheck (checkFile.ts).
import { readDocumentText } from "../../domain/document/read";
import type { FileCheck } from "./checkFile";

addEventListener("message", (event: MessageEvent<File>) => {
  void event.data.text().then(
    (text): FileCheck => ({ kind: "read", result: readDocumentText(text) }),
    (): FileCheck => ({ kind: "unreadable" }),
  ).then((answer) => postMessage(answer));
});
