import type { ReactNode } from "react";
import { SUPPORTED_LOCALES, type Locale } from "../domain/text";
import { useLocale, useT } from "../ui";
import { formatRoute } from "../routing/routes";
import { appMessages } from "./messages";
import { StorageBanners } from "./StorageBanners";

const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية" };

export function Layout({ children }: { children: ReactNode }) {
  const t = useT(appMessages);
  const { locale, setLocale } = useLocale();
  return (
    <>
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        {t("skip")}
      </a>
      <header>
        <div className="header">
        <div className="header-inner">
          <a href={formatRoute({ name: "start" })} className="header-service">
            {t("service")}
          </a>
          <nav aria-label={t("languages")}>
            <ul className="language-select">
              {SUPPORTED_LOCALES.map((l) => (
                <li key={l}>
                  <button type="button" lang={l} aria-current={l === locale ? "true" : undefined} onClick={() => setLocale(l)}>
                    {LANGUAGE_NAMES[l]}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        </div>
        <div className="width-container">
          <p className="phase-banner">{t("phase")}</p>
        </div>
      </header>
      <div className="main-wrapper">
        <div className="width-container">
          <main id="main-content" tabIndex={-1}>
            <StorageBanners />
            {children}
          </main>
        </div>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p className="body-s">{t("footer")}</p>
        </div>
      </footer>
    </>
  );
}

// The hash is the app's route, so the skip link moves focus itself instead of changing it.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById("main-content");
  main?.focus();
  main?.scrollIntoView();
}
