// Gaps, action plan and annex as HTML (see ReportSections.tsx for the rule on untrusted text).
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
        <table key={section.dimensionId} className="report-table report-annex">
          <caption>{section.title}</caption>
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
            {section.questions.map((q) => (
              <tr key={q.indicatorId}>
                <th scope="row">
                  {q.question}
                  {q.context && <span className="report-line report-context">{l["annex.context"]}</span>}
                </th>
                <td><bdi>{q.answer}</bdi></td>
                <td className="report-text"><bdi>{q.evidence || l.empty}</bdi></td>
                <td className="report-text"><bdi>{q.comment || l.empty}</bdi></td>
                <td><bdi>{q.answeredBy || l.empty}</bdi></td>
              </tr>
            ))}
          </tbody>
        </table>
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
      <table className="report-table report-annex report-archive">
        <caption className="visually-hidden">{l["archive.heading"]}</caption>
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
          {model.archived.map((a) => (
            <tr key={a.key} data-archive-key={a.key}>
              <th scope="row"><bdi>{a.question}</bdi></th>
              <td><bdi>{a.answer}</bdi></td>
              <td className="report-text"><bdi>{a.evidence || l.empty}</bdi></td>
              <td className="report-text"><bdi>{a.comment || l.empty}</bdi></td>
              <td><bdi>{a.answeredBy || l.empty}</bdi></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
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
