// Reading and checking an assessment file the user chose: in a Web Worker
// (checkFile.worker.ts), so a large or hostile file never freezes the page; on the main
// thread only where a worker cannot start. Never rejects.
import { readDocumentText, type ReadResult } from "../../domain/document/read";

export type FileCheck = { kind: "read"; result: ReadResult } | { kind: "unreadable" };

export function checkFile(file: File): Promise<FileCheck> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./checkFile.worker.ts", import.meta.url), { type: "module", name: "check-file" });
  } catch {
    return checkOnMainThread(file);
  }
  return new Promise<FileCheck>((resolve) => {
    worker.onmessage = (event: MessageEvent<FileCheck>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker could not start or load (an old browser, a host's policy): check here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(checkOnMainThread(file));
    };
    worker.postMessage(file);
  });
}

async function checkOnMainThread(file: File): Promise<FileCheck> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: "unreadable" };
  }
  // Let the page show "Checking the file…" before the check takes the main thread.
  await afterPaint();
  return { kind: "read", result: readDocumentText(text) };
}

/** After the next paint (or at most 100 ms: a hidden tab paints nothing). */
const afterPaint = () =>
  new Promise<void>((done) => {
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
