// Gaps, action plan and annex as HTML (see ReportSections.tsx for the rule on untrusted text).
import type { ReactNode } from "react";
import type { ReportModel } from "../../domain/report";
import { translator } from "../../i18n/translate";
import { TableScroll } from "../../ui/TableScroll";

type Props = { model: ReportModel };

export function GapsSection({ model }: Props) {
  const l = model.labels;
  const t = translator({ en: l }, "en");
  return (
    <section aria-labelledby="report-gaps" className="report-break">
      <h2 id="report-gaps">{l["gaps.heading"]}</h2>
      <p>{model.gaps.length ? l["gaps.intro"] : l["gaps.none"]}</p>
      {model.gaps.map((g) => (
        <article key={g.indicatorId} className="report-gap" aria-labelledby={`gap-${g.rank}`}>
          <h3 id={`gap-${g.rank}`}>{t("gaps.item", { rank: g.rank, question: g.question })}</h3>
          <dl className="report-facts">
            <div><dt>{l["gaps.dimension"]}</dt><dd>{g.dimensionTitle}{g.foundational ? ` · ${l["gaps.foundational"]}` : ""}</dd></div>
            <div><dt>{l["gaps.current"]}</dt><dd><bdi>{g.currentAnswer}</bdi></dd></div>
            <div><dt>{l["gaps.fullMarks"]}</dt><dd>{g.fullMarks}</dd></div>
            <div><dt>{l["gaps.action"]}</dt><dd>{g.action}</dd></div>
            <div><dt>{l["gaps.lead"]}</dt><dd>{g.leadMinistry}</dd></div>
            <div><dt>{l["gaps.refs"]}</dt><dd>{g.refs}</dd></div>
            <div><dt>{l["gaps.sources"]}</dt><dd>{g.sources.length ? g.sources.map((s) => <span key={s} className="report-line">{s}</span>) : l.empty}</dd></div>
          </dl>
        </article>
      ))}
    </section>
  );
}

export function PlanSection({ model }: Props) {
  const l = model.labels;
  if (!model.actionPlan.length) return null;
  return (
    <section aria-labelledby="report-plan" className="report-break">
      <h2 id="report-plan">{l["plan.heading"]}</h2>
      <p>{l["plan.intro"]}</p>
      <TableScroll label={l["plan.table"]}>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col" className="num">{l["plan.gap"]}</th>
              <th scope="col">{l["plan.action"]}</th>
              <th scope="col">{l["plan.indicator"]}</th>
              <th scope="col">{l["plan.owner"]}</th>
              <th scope="col">{l["plan.deadline"]}</th>
            </tr>
          </thead>
          {model.actionPlan.map((group) => (
            <tbody key={group.ministryId}>
              <tr className="report-group">
                <th scope="colgroup" colSpan={5}>{group.ministry}</th>
              </tr>
              {group.items.map((item) => (
                <tr key={item.indicatorId}>
                  <td className="num">{item.rank}</td>
                  <td>{item.action}</td>
                  <td>{item.question}</td>
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </section>
  );
}

export function AnnexSection({ model }: Props) {
  const l = model.labels;
  return (
    <section aria-labelledby="report-annex" className="report-break">
      <h2 id="report-annex">{l["annex.heading"]}</h2>
      <p>{l["annex.intro"]}</p>
      {model.annex.map((section) => (
        <AnswersTable
          key={section.dimensionId}
          model={model}
          caption={<caption>{section.title}</caption>}
          rows={section.questions.map((q) => ({
            ...q,
            key: q.indicatorId,
            question: (
              <>
                {q.question}
                {q.context && <span className="report-line report-context">{l["annex.context"]}</span>}
              </>
            ),
          }))}
        />
      ))}
    </section>
  );
}

/** Answers kept in the archive when the questionnaire changed version; nothing when there are none. */
export function ArchiveSection({ model }: Props) {
  const l = model.labels;
  if (!model.archived.length) return null;
  return (
    <section aria-labelledby="report-archive" className="report-break">
      <h2 id="report-archive">{l["archive.heading"]}</h2>
      <p>{l["archive.intro"]}</p>
      <AnswersTable
        model={model}
        className="report-archive"
        caption={<caption className="visually-hidden">{l["archive.heading"]}</caption>}
        rows={model.archived.map((a) => ({ ...a, question: <bdi>{a.question}</bdi>, archiveKey: a.key }))}
      />
    </section>
  );
}

interface AnswerRow {
  key: string;
  question: ReactNode;
  answer: string;
  evidence: string;
  comment: string;
  answeredBy: string;
  archiveKey?: string;
}

/** One table of answers with their evidence, comment and who gave them (annex and archive). */
function AnswersTable({ model, caption, rows, className }: { model: ReportModel; caption: ReactNode; rows: AnswerRow[]; className?: string }) {
  const l = model.labels;
  return (
    <table className={`report-table report-annex${className ? ` ${className}` : ""}`}>
      {caption}
      <thead>
        <tr>
          <th scope="col">{l["annex.question"]}</th>
          <th scope="col">{l["annex.answer"]}</th>
          <th scope="col">{l["annex.evidence"]}</th>
          <th scope="col">{l["annex.comment"]}</th>
          <th scope="col">{l["annex.answeredBy"]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-archive-key={r.archiveKey}>
            <th scope="row">{r.question}</th>
            <td><bdi>{r.answer}</bdi></td>
            <td className="report-text"><bdi>{r.evidence || l.empty}</bdi></td>
            <td className="report-text"><bdi>{r.comment || l.empty}</bdi></td>
            <td><bdi>{r.answeredBy || l.empty}</bdi></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GlossarySection({ model }: Props) {
  const l = model.labels;
  if (!model.glossary.length) return null;
  return (
    <section aria-labelledby="report-glossary" className="report-break">
      <h2 id="report-glossary">{l["glossary.heading"]}</h2>
      <p>{l["glossary.intro"]}</p>
      <dl className="report-glossary">
        {model.glossary.map((g) => (
          <div key={g.id}>
            <dt>{g.term}</dt>
            <dd>{g.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
