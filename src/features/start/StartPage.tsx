import { useState, useSyncExternalStore, type ReactNode } from "react";
import { formatRoute } from "../../routing/routes";
import { navigate } from "../../routing/navigation";
import { carryOver } from "../../domain/assessment/carry-over";
import { getRepository, getStorageState, subscribeStorageState } from "../../storage";
import { Button, ButtonLink, Loading, NotificationBanner, PageHeading, Tag, takeFlash, usePageTitle, useLocale, useT, UserText, setFlash } from "../../ui";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { formatDateTime } from "../../ui/format";
import { DamagedRow } from "./DamagedRow";
import { loadExamples } from "./example";
import { CompareLinks } from "./CompareLinks";
import { startMessages } from "./messages";
import { useSaved, type SavedRow } from "./useSaved";

export default function StartPage() {
  const t = useT(startMessages);
  usePageTitle(t("title"));
  const { rows, damaged, reload } = useSaved();
  const [notice, setNotice] = useState<{ text: string; type: "success" | "important"; link?: { href: string; text: string } } | null>(() => {
    const flash = takeFlash();
    return flash ? { text: flash, type: "success" } : null;
  });
  const [busy, setBusy] = useState(false);
  const storage = useSyncExternalStore(subscribeStorageState, getStorageState);

  const tryExample = async () => {
    setBusy(true);
    try {
      const result = await loadExamples(await getRepository());
      const parts: string[] = [];
      if (result.files === 0) parts.push(t("exampleNone"));
      else if (result.added > 0) parts.push(t("exampleLoaded", { added: result.added }));
      else if (result.alreadyThere > 0) parts.push(t("exampleAlready"));
      if (result.unreadable.length) parts.push(t("exampleProblems", { count: result.unreadable.length }));
      setNotice({ text: parts.join(" "), type: result.added > 0 ? "success" : "important" });
      reload();
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async (row: SavedRow) => {
    const source = row.assessment;
    const names = { country: source.country, year: source.year + 1 };
    // One copy per year: pressing it again (or for another year's row) offers the one there is.
    const existing = rows?.find((r) => sameCountry(r.assessment.country, source.country) && r.assessment.year === source.year + 1);
    if (existing) {
      return setNotice({
        text: t("duplicateExists", names),
        type: "important",
        link: { href: formatRoute({ name: "tasks", id: existing.assessment.id }), text: t("duplicateOpen", names) },
      });
    }
    const repository = await getRepository();
    const copy = carryOver(source, crypto.randomUUID(), new Date().toISOString());
    const saved = await repository.create(copy);
    if (!saved.ok) return setNotice({ text: t("duplicateRefused", { ...names, reason: saved.reason === "conflict" ? "conflict" : saved.message }), type: "important" });
    setFlash(t("duplicated", { ...names, from: source.year }));
    navigate({ name: "tasks", id: copy.id });
  };

  const statusTag = (row: SavedRow) =>
    row.progress === null ? (
      <Tag colour="red">{t("unknownQuestionnaire")}</Tag>
    ) : (
      <Tag colour={row.progress === "completed" ? "green" : row.progress === "inProgress" ? "blue" : "grey"}>{t(row.progress)}</Tag>
    );

  return (
    <>
      {notice ? (
        <NotificationBanner type={notice.type}>
          <p className="notification-banner-heading" id="start-notice">
            {notice.text}
          </p>
          {notice.link ? (
            <p>
              <a href={notice.link.href}>{notice.link.text}</a>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <div className="grid-row">
        <div className="grid-two-thirds">
          <PageHeading size="xl">{t("title")}</PageHeading>
          <p className="lead">{t("lead")}</p>
          <p>{t("needIntro")}</p>
          <ul className="list">
            <li>{t("need1")}</li>
            <li>{t("need2")}</li>
            <li>{t("need3")}</li>
          </ul>
          <div className="button-group">
            <ButtonLink href={formatRoute({ name: "new" })}>{t("create")}</ButtonLink>
            <Button type="button" variant="secondary" onClick={tryExample} disabled={busy} aria-describedby="example-hint">
              {t("tryExample")}
            </Button>
          </div>
          <p className="hint" id="example-hint">
            {t("exampleHint")}
          </p>
          <p>
            <a href={formatRoute({ name: "import" })}>{t("importLink")}</a>
          </p>
          {storage.persisted === false && storage.mode === "indexeddb" ? <p className="inset-text">{t("persistNo")}</p> : null}
        </div>
      </div>

      <h2 className="heading-m">{t("savedTitle")}</h2>
      {rows === null ? (
        <Loading />
      ) : rows.length + damaged.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table" id="saved-assessments">
            <thead>
              <tr>
                <th scope="col">{t("colAssessment")}</th>
                <th scope="col">{t("colYear")}</th>
                <th scope="col">{t("colStatus")}</th>
                <th scope="col">{t("colChanged")}</th>
                <th scope="col">{t("colCoverage")}</th>
                <th scope="col">{t("colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ErrorBoundary key={row.assessment.id} fallback={(error) => <DamagedRow damaged={{ id: row.assessment.id, problems: [{ where: "(file)", message: String(error) }] }} />}>
                  <SavedRowView row={row} statusTag={statusTag} onDuplicate={duplicate} />
                </ErrorBoundary>
              ))}
              {damaged.map((d) => (
                <DamagedRow key={`damaged:${d.id}`} damaged={d} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows ? <CompareLinks rows={rows} /> : null}
    </>
  );
}

const sameCountry = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** One saved assessment in the list; drawn inside its own error boundary. */
function SavedRowView({ row, statusTag, onDuplicate }: { row: SavedRow; statusTag: (row: SavedRow) => ReactNode; onDuplicate: (row: SavedRow) => Promise<void> }) {
  const t = useT(startMessages);
  const { locale } = useLocale();
  const a = row.assessment;
  const name = `${a.country} ${a.year}`;
  return (
    <tr data-assessment-id={a.id}>
      <th scope="row">
        <UserText>{a.country}</UserText>
        {a.title ? (
          <span className="secondary body-s">
            <br />
            <UserText>{a.title}</UserText>
          </span>
        ) : null}
        <br />
        <span className="secondary body-s">{t(`perspective_${a.perspective}`)}</span>
      </th>
      <td>{a.year}</td>
      <td>{statusTag(row)}</td>
      <td>{formatDateTime(locale, a.updatedAt)}</td>
      <td>{row.progress === null ? "–" : t("coverage", { answered: row.answered, applicable: row.applicable })}</td>
      <td>
        <div className="table-actions">
          <a href={formatRoute({ name: "tasks", id: a.id })}>
            {t("open")}
            <span className="visually-hidden"> {name}</span>
          </a>
          <button type="button" className="link-button" onClick={() => void onDuplicate(row)}>
            {t("duplicate", { year: a.year + 1 })}
            <span className="visually-hidden"> ({name})</span>
          </button>
          <a href={formatRoute({ name: "delete", id: a.id })}>
            {t("delete")}
            <span className="visually-hidden"> {name}</span>
          </a>
        </div>
      </td>
    </tr>
  );
}
