import { NotificationBanner, takeFlash, useT } from "../../ui";
import { useState } from "react";
import { wizardMessages } from "./messages";
import type { WizardContext, WizardEvent } from "./wizardMachine";

/** Tells the user the page was refreshed because another tab changed the assessment, or carries a one-time message. */
export function Notice({ context, send }: { context: WizardContext; send: (e: WizardEvent) => void }) {
  const t = useT(wizardMessages);
  const [flash] = useState(takeFlash);
  if (context.notice) {
    return (
      <NotificationBanner type="important">
        <p className="notification-banner-heading" id="external-change">
          {t(context.notice)}
        </p>
        <p>
          <button type="button" className="link-button" onClick={() => send({ type: "notice.dismiss" })}>
            {t("dismiss")}
          </button>
        </p>
      </NotificationBanner>
    );
  }
  if (flash) {
    return (
      <NotificationBanner type="success">
        <p className="notification-banner-heading">{flash}</p>
      </NotificationBanner>
    );
  }
  return null;
}
