// The one way the app saves a file: a Blob behind an object URL and a click on a hidden
// a[download]. Nothing leaves the computer.

/**
 * How long the object URL outlives the click. The browser reads the URL only once it starts
 * the download, on a later task than the click (Firefox and Safari cancel a download whose URL
 * is revoked in the same task). After that it holds the Blob itself, so the wait only has to
 * cover the start, which on a busy 2-core machine or for a large report can take seconds. A
 * minute is far beyond that and costs no more than keeping the Blob in memory for that minute.
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
