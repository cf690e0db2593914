// The report's sections as HTML. Untrusted text (names, evidence, comments) is only
// ever a React text child, isolated with <bdi> against right-to-left override tricks.
import { useRef } from "react";
import type { ReportModel, ScoreLine } from "../../domain/report";
import { useFocusAfterNavigation } from "../../ui/focus";
import { TopGaps } from "./TopGaps";
import { translator } from "../../i18n/translate";

const tr = (model: ReportModel) => translator({ en: model.labels }, "en");

type Props = { model: ReportModel };

export function CoverSection({ model }: Props) {
  const c = model.cover;
  const l = model.labels;
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(heading);
  const rows: [string, string][] = [
    [l["cover.country"], c.country],
    [l["cover.year"], String(c.year)],
    [l["cover.perspective"], c.perspective],
    [l["cover.leadMinistry"], c.leadMinistry],
    [l["cover.questionnaire"], c.questionnaire.display],
    [l["cover.generatedOn"], c.generatedOn],
    [l["cover.status"], c.status],
    [l["cover.scoringMethod"], c.scoringMethod],
  ];
  return (
    <section className="report-cover" aria-labelledby="report-title">
      <h1 id="report-title" ref={heading} tabIndex={-1}>
        {c.title}: <bdi>{c.country}</bdi> {c.year}
      </h1>
      <p className="report-lead">{c.subtitle}</p>
      <dl className="report-facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd><bdi>{v}</bdi></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SummarySection({ model }: Props) {
  const s = model.summary;
  const l = model.labels;
  const dim = (d: ScoreLine | null) => (d ? `${d.title} (${d.display})` : l.empty);
  return (
    <section aria-labelledby="report-summary">
      <h2 id="report-summary">{l["summary.heading"]}</h2>
      <dl className="report-facts">
        <div><dt>{l["summary.overall"]}</dt><dd>{s.overall.display} ({s.overall.category})</dd></div>
        <div><dt>{l["summary.strongest"]}</dt><dd>{dim(s.strongest)}</dd></div>
        <div><dt>{l["summary.weakest"]}</dt><dd>{dim(s.weakest)}</dd></div>
        <div><dt>{l["summary.gaps"]}</dt><dd>{s.gapCount}</dd></div>
        <div><dt>{l["summary.coverage"]}</dt><dd>{s.coverage.display}</dd></div>
      </dl>
      <TopGaps model={model} />
      {s.change ? (
        <table className="report-table">
          <caption>{tr(model)("change.heading", { year: s.change.previousYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{l["change.dimension"]}</th>
              <th scope="col" className="num">{s.change.previousYear}</th>
              <th scope="col" className="num">{s.change.currentYear}</th>
              <th scope="col" className="num">{l["change.delta"]}</th>
            </tr>
          </thead>
          <tbody>
            {[s.change.overall, ...s.change.dimensions].map((d) => (
              <tr key={d.dimensionId || "overall"}>
                <th scope="row">{d.title}</th>
                <td className="num">{d.previousDisplay}</td>
                <td className="num">{d.currentDisplay}</td>
                <td className="num">{d.deltaDisplay}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{l["change.none"]}</p>
      )}
    </section>
  );
}

/** Height of one dimension in the chart: its name, then its bar. */
const ROW = 40;
const CHART_W = 400;

export function ScoresSection({ model, chartLabel }: Props & { chartLabel: string }) {
  const l = model.labels;
  const lines = [...model.scores, model.summary.overall];
  return (
    <section aria-labelledby="report-scores">
      <h2 id="report-scores">{l["scores.heading"]}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{l["scores.dimension"]}</th>
            <th scope="col" className="num">{l["scores.score"]}</th>
            <th scope="col">{l["scores.category"]}</th>
            <th scope="col">{l["scores.answered"]}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((s) => (
            <tr key={s.dimensionId || "overall"}>
              <th scope="row">{s.title}</th>
              <td className="num">{s.display}</td>
              <td>{s.category}</td>
              <td>{tr(model)("scores.answeredValue", { answered: s.answered, applicable: s.applicable })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <svg className="report-chart" role="img" aria-label={chartLabel} viewBox={`0 0 ${CHART_W} ${model.scores.length * ROW}`}>
        {model.scores.map((s, n) => {
          const width = (s.score ?? 0) * 3.4;
          // Right to left, the text runs leftwards from its x: bars grow from the right edge.
          const x = (v: number) => (model.direction === "rtl" ? CHART_W - v : v);
          return (
            <g key={s.dimensionId} transform={`translate(0 ${n * ROW})`}>
              <text x={x(0)} y="13">{s.title}</text>
              <rect x={Math.min(x(0), x(width))} y="18" width={width} height="14" className="report-bar" />
              <text x={x(width + 4)} y="30">{s.display}</text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
