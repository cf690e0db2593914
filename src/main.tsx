import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { resumeLastPosition } from "./app/resume";
import { RTL_LOCALES } from "./domain/text";
import { loadLocale } from "./storage/preferences";
import "./ui/styles.css";

// Set lang and dir before the first paint so a right-to-left page never flashes left-to-right.
const locale = loadLocale();
document.documentElement.lang = locale;
document.documentElement.dir = RTL_LOCALES.includes(locale) ? "rtl" : "ltr";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// An error a route's or a row's error boundary caught has been shown to the user as a
// message (src/app/PageFailed.tsx): a warning in the console, not an uncaught error.
createRoot(root, { onCaughtError: (error, info) => console.warn("Shown as a message by an error boundary:", error, info.componentStack) }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void resumeLastPosition();

// Keep a copy of the app for offline use (src/offline/sw.js). Built app only: the dev server
// has no sw.js. If the browser refuses, the app still works while online, so nothing to show.
if (import.meta.env.PROD && "serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => undefined);
}
