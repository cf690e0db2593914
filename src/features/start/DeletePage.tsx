import { useEffect, useState } from "react";
import { navigate } from "../../routing/navigation";
import { formatRoute, type Route } from "../../routing/routes";
import type { Assessment } from "../../domain/assessment/assessment";
import { getRepository } from "../../storage";
import { BackLink, Button, Loading, PageHeading, setFlash, usePageTitle, useT, UserText } from "../../ui";
import { startMessages } from "./messages";

export default function DeletePage({ route }: { route: Extract<Route, { name: "delete" }> }) {
  const t = useT(startMessages);
  const [assessment, setAssessment] = useState<Assessment | null | undefined>(undefined);
  // A stored record that cannot be read can still be deleted (it is listed as damaged).
  const [damaged, setDamaged] = useState(false);
  usePageTitle(assessment === null && !damaged ? t("notFoundTitle") : damaged ? t("damagedDeleteTitle") : t("deleteTitle"));

  useEffect(() => {
    let live = true;
    void getRepository()
      .then((r) => r.get(route.id))
      .then((found) => {
        if (!live) return;
        setDamaged(found.assessment === null && !!found.problems);
        setAssessment(found.assessment);
      });
    return () => {
      live = false;
    };
  }, [route.id]);

  if (assessment === undefined) return <Loading />;
  if (damaged) return <DeleteDamaged id={route.id} />;
  if (assessment === null) {
    return (
      <>
        <PageHeading>{t("notFoundTitle")}</PageHeading>
        <p>{t("notFound")}</p>
        <p>
          <a href={formatRoute({ name: "start" })}>{t("startLink")}</a>
        </p>
      </>
    );
  }
  const name = `${assessment.country} ${assessment.year}`;
  return (
    <ConfirmDelete
      id={assessment.id}
      caption={`${name}${assessment.title ? ` – ${assessment.title}` : ""}`}
      title={t("deleteTitle")}
      warning={t("deleteWarning")}
      deletedName={name}
    />
  );
}

function DeleteDamaged({ id }: { id: string }) {
  const t = useT(startMessages);
  const name = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return (
    <ConfirmDelete
      id={id}
      caption={`${t("damagedName")} ${name}`}
      title={t("damagedDeleteTitle")}
      warning={t("damagedDeleteWarning")}
      deletedName={`${t("damagedName")} ${name}`}
    />
  );
}

/** The GOV.UK warning page before a saved record is deleted, readable or damaged. */
function ConfirmDelete({ id, caption, title, warning, deletedName }: { id: string; caption: string; title: string; warning: string; deletedName: string }) {
  const t = useT(startMessages);
  const remove = async () => {
    await (await getRepository()).remove(id);
    setFlash(t("deleted", { name: deletedName }));
    navigate({ name: "start" }, { replace: true });
  };
  return (
    <>
      <BackLink href={formatRoute({ name: "start" })}>{t("back")}</BackLink>
      <div className="grid-row">
        <div className="grid-two-thirds">
          <PageHeading caption={<UserText>{caption}</UserText>}>{title}</PageHeading>
          <div className="warning-text">
            <span className="warning-text-icon" aria-hidden="true">
              !
            </span>
            <strong>
              <span className="visually-hidden">{t("warning")}: </span>
              {warning}
            </strong>
          </div>
          <div className="button-group">
            <Button type="button" variant="warning" onClick={() => void remove()}>
              {t("deleteButton")}
            </Button>
            <a className="link" href={formatRoute({ name: "start" })}>
              {t("cancel")}
            </a>
          </div>
        </div>
      </div>
    </>
  );
}
