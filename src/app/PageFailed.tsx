// What a route shows when drawing it failed (a damaged record, a bug, a chunk that could
// not load): a plain message, the way back to the start page, and a retry. The header,
// language choice and every other page keep working.
import { Button, PageHeading, usePageTitle, useT, UserText } from "../ui";
import { formatRoute } from "../routing/routes";
import { appMessages } from "./messages";

export function PageFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT(appMessages);
  usePageTitle(t("pageFailedTitle"));
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <div id="page-failed">
      <PageHeading>{t("pageFailedTitle")}</PageHeading>
      <p className="body">{t("pageFailedBody")}</p>
      <p className="body">
        <a href={formatRoute({ name: "start" })} id="page-failed-start">
          {t("notFoundLink")}
        </a>
      </p>
      <Button type="button" variant="secondary" onClick={retry}>
        {t("pageFailedRetry")}
      </Button>
      <details className="details">
        <summary>{t("pageFailedDetails")}</summary>
        <div className="details-text">
          <UserText>{detail.slice(0, 500)}</UserText>
        </div>
      </details>
    </div>
  );
}
