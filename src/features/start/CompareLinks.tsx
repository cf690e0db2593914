// "Compare years": one link per country with two or more saved assessments, to the
// comparison of all of them (#/compare?ids=...).
import { formatRoute } from "../../routing/routes";
import { sameCountryKey } from "../../domain/compare/country";
import { useT, UserText } from "../../ui";
import { startMessages } from "./messages";
import type { SavedRow } from "./useSaved";

export function CompareLinks({ rows }: { rows: SavedRow[] }) {
  const t = useT(startMessages);
  const countries = new Map<string, SavedRow[]>();
  for (const row of rows) {
    const key = sameCountryKey(row.assessment.country);
    countries.set(key, [...(countries.get(key) ?? []), row]);
  }
  const comparable = [...countries.values()].filter((group) => group.length >= 2);
  if (comparable.length === 0) return null;
  return (
    <>
      <h2 className="heading-m">{t("compareTitle")}</h2>
      <ul className="list" id="compare-links">
        {comparable.map((group) => {
          const sorted = [...group].sort((a, b) => a.assessment.year - b.assessment.year);
          const ids = sorted.map((r) => r.assessment.id);
          return (
            <li key={ids.join(",")}>
              <a href={formatRoute({ name: "compare", ids })}>
                {t("compareLink")} <UserText>{group[0]!.assessment.country}</UserText> ({sorted.map((r) => r.assessment.year).join(t("yearsJoin"))})
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
