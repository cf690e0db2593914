// "Top priorities" in the summary: the first gaps in priority order, as in the PDF.
import { TOP_GAPS, type ReportModel } from "../../domain/report";
import { translator } from "../../i18n/translate";

export function TopGaps({ model }: { model: ReportModel }) {
  const l = model.labels;
  const t = translator({ en: l }, "en");
  const top = model.gaps.slice(0, TOP_GAPS);
  if (!top.length) return null;
  return (
    <>
      <h3 id="report-top-gaps">{l["summary.topGaps"]}</h3>
      <p>{t("summary.topGapsIntro", { count: top.length, total: model.gaps.length })}</p>
      <table className="report-table report-top" aria-labelledby="report-top-gaps">
        <thead>
          <tr>
            <th scope="col" className="num">{l["plan.gap"]}</th>
            <th scope="col">{l["annex.question"]}</th>
            <th scope="col">{l["gaps.lead"]}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((g) => (
            <tr key={g.indicatorId}>
              <td className="num">{g.rank}</td>
              <th scope="row">{g.question}</th>
              <td>{g.leadMinistry}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
