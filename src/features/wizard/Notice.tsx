import { formatRoute } from "../../routing/routes";
import { pick } from "../../domain/text";
import { NotificationBanner, takeFlash, useLocale, useT } from "../../ui";
import { useState } from "react";
import { wizardMessages } from "./messages";
import { routeOf } from "./paths";
import type { WizardContext, WizardEvent } from "./wizardMachine";

/**
 * Tells the user the page was refreshed because another tab changed the assessment, that a
 * change could not be saved (and where to correct it), or carries a one-time message.
 */
export function Notice({ context, send }: { context: WizardContext; send: (e: WizardEvent) => void }) {
  const t = useT(wizardMessages);
  const [flash] = useState(takeFlash);
  return (
    <>
      <Unsaved context={context} />
      {context.notice ? (
        <NotificationBanner type="important">
          <p className="notification-banner-heading" id="external-change">
            {context.notice === "refused" ? t("refused", { message: context.refusal ?? "" }) : t(context.notice)}
          </p>
          <p>
            <button type="button" className="link-button" onClick={() => send({ type: "notice.dismiss" })}>
              {t("dismiss")}
            </button>
          </p>
        </NotificationBanner>
      ) : flash ? (
        <NotificationBanner type="success">
          <p className="notification-banner-heading">{flash}</p>
        </NotificationBanner>
      ) : null}
    </>
  );
}

/** Questions whose form the reader would refuse (kept in this tab only), other than the one on screen. */
function Unsaved({ context }: { context: WizardContext }) {
  const t = useT(wizardMessages);
  const { locale } = useLocale();
  const { page, questionnaire: q, assessment: a } = context;
  const ids = Object.keys(context.unsaved).filter((id) => !(page.kind === "question" && page.indicatorId === id));
  if (ids.length === 0) return null;
  return (
    <NotificationBanner type="warning">
      <p className="notification-banner-heading" id="unsaved-changes">
        {t("unsavedTitle")}
      </p>
      <ul className="list">
        {ids.map((id) => {
          const indicator = q.indicators.find((i) => i.id === id);
          if (!indicator) return null;
          const problems = context.unsaved[id]!.filter((field) => field !== "choice").map((field) => t("errTooLong", { field: t(field) })).join("; ");
          return (
            <li key={id}>
              {t("unsavedItem", { question: pick(indicator.question, locale), problem: problems })}{" "}
              <a href={formatRoute(routeOf(a.id, { kind: "question", dimensionId: indicator.dimension, indicatorId: id }))}>{t("unsavedLink")}</a>
            </li>
          );
        })}
      </ul>
    </NotificationBanner>
  );
}
