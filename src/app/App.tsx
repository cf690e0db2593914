import { Suspense, useCallback, useEffect, useMemo, useState, type ComponentType } from "react";
import { RTL_LOCALES, type Locale } from "../domain/text";
import { loadLocale, saveLocale } from "../storage/preferences";
import { LocaleContext, Loading, PageHeading, usePageTitle, useT } from "../ui";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Layout } from "./Layout";
import { PageFailed } from "./PageFailed";
import { appMessages } from "./messages";
import { useRoute } from "../routing/navigation";
import { formatRoute } from "../routing/routes";
import { pageFor, type PageProps } from "./routeTable";

export function App() {
  const [locale, setLocaleState] = useState<Locale>(loadLocale);
  const setLocale = useCallback((l: Locale) => {
    saveLocale(l);
    setLocaleState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = RTL_LOCALES.includes(locale) ? "rtl" : "ltr";
  }, [locale]);
  const context = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  const route = useRoute();
  const { page, key } = pageFor(route);
  const Page = page as ComponentType<PageProps> | null;

  return (
    <LocaleContext.Provider value={context}>
      <Layout>
        <ErrorBoundary key={key} fallback={(error, retry) => <PageFailed error={error} retry={retry} />}>
          <Suspense fallback={<Loading />}>
            {Page ? <Page key={key} route={route} /> : <Missing notFound={route.name === "notFound"} />}
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </LocaleContext.Provider>
  );
}

function Missing({ notFound }: { notFound: boolean }) {
  const t = useT(appMessages);
  const title = notFound ? t("notFoundTitle") : t("notBuiltTitle");
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{notFound ? t("notFoundBody") : t("notBuiltBody")}</p>
      <p>
        <a href={formatRoute({ name: "start" })}>{t("notFoundLink")}</a>
      </p>
    </>
  );
}
