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
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void resumeLastPosition();
