// The example data's story, year by year. Levels are 0-1 per dimension; an override pins
// one indicator's answer (with evidence a reader can follow) where the story needs it.
import type { Indicator, Questionnaire } from "../../src/domain/questionnaire/schema";

export type Override = "dontKnow" | { notApplicable: string } | { option: string; evidence?: string; comment?: string };

export interface SeedSpec {
  id: string;
  country: string;
  year: number;
  month: string;
  perspective: "origin" | "destination" | "both";
  leadMinistry: string;
  title: string;
  evidencePrefix: string;
  levels: Record<string, number>;
  overrides: Record<string, Override>;
  dontKnow: string[];
  /** Present only for a draft: which indicators have been answered so far. */
  answerOnly?: (indicator: Indicator, q: Questionnaire) => boolean;
}

const examplia = {
  country: "Republic of Examplia",
  perspective: "origin" as const,
  leadMinistry: "Ministry of Planning and Development",
  evidencePrefix: "EX",
  month: "10",
};

export function SEED_STORY(q: Questionnaire): SeedSpec[] {
  void q;
  return [
    {
      ...examplia,
      id: "examplia-2022",
      year: 2022,
      title: "Baseline assessment",
      levels: { institutional: 0.25, costs: 0.35, rights: 0.3, integration: 0.2, development: 0.3 },
      overrides: {
        "inst.imc.exists": { option: "informal", evidence: "Minutes of the ad hoc migration working group, Ministry of Planning, March 2022." },
        "inst.budget.line": { option: "donor-only", evidence: "Project agreement EX-EU-2021-07 (donor-funded diaspora project)." },
        "costs.remit.comparison-site": { option: "leaflet", evidence: "Central Bank leaflet \"Sending money home\" (2021 edition)." },
        "costs.recruit.fees": { option: "none" },
        "dev.invest.bonds": { notApplicable: "Examplia's debt law does not allow bonds to be sold to private buyers abroad." },
      },
      dontKnow: ["inst.data.surveys", "dev.remit.data", "rights.consular.register"],
    },
    {
      ...examplia,
      id: "examplia-2024",
      year: 2024,
      title: "Mid-term review",
      levels: { institutional: 0.5, costs: 0.6, rights: 0.45, integration: 0.4, development: 0.5 },
      overrides: {
        "inst.imc.exists": { option: "formal-no-dev", evidence: "Décret n° 2023-114 portant création du Conseil national des migrations (Journal officiel, 12 mai 2023)." },
        "inst.imc.meets": { option: "once", evidence: "Minutes of the Council meeting of 4 December 2023." },
        "inst.budget.line": { option: "line-unfunded", evidence: "Finance Law 2024, programme 214 \"Migration et développement\" (no allocation)." },
        "costs.remit.comparison-site": { option: "site", evidence: "Central Bank price comparison page, launched June 2023." },
        "costs.recruit.fees": { option: "cap", evidence: "Ministerial order 2023/17 capping placement fees at one month's wage." },
        "dev.invest.bonds": { notApplicable: "Examplia's debt law does not allow bonds to be sold to private buyers abroad." },
      },
      dontKnow: ["dev.remit.data"],
    },
    {
      ...examplia,
      id: "examplia-2026",
      year: 2026,
      title: "Assessment for the national development plan 2027-2031",
      levels: { institutional: 0.75, costs: 0.65, rights: 0.6, integration: 0.6, development: 0.7 },
      overrides: {
        "inst.imc.exists": { option: "formal-dev", evidence: "Décret n° 2025-031 modifiant le décret n° 2023-114: the Council's mandate now includes development planning." },
        "inst.imc.meets": { option: "twice-plus", evidence: "Minutes of the Council meetings of 10 March and 22 September 2026." },
        "inst.budget.line": { option: "line-funded", evidence: "Finance Law 2026, programme 214 \"Migration et développement\": 1.2 million allocated." },
        "costs.remit.comparison-site": { option: "leaflet", evidence: "The comparison page was taken offline in January 2026 when its contract ended.", comment: "Regression: the Central Bank plans to relaunch it; no date set." },
        "costs.recruit.fees": { option: "none", evidence: "Ministerial order 2023/17 lapsed on 31 December 2025 and was not renewed.", comment: "Regression: a draft law on recruitment is before the Council of Ministers." },
        "dev.invest.bonds": { notApplicable: "Examplia's debt law does not allow bonds to be sold to private buyers abroad." },
      },
      dontKnow: [],
    },
    {
      id: "sampleland-2026-draft",
      country: "Federation of Sampleland",
      year: 2026,
      month: "11",
      perspective: "destination",
      leadMinistry: "Ministry of the Interior",
      title: "First assessment (draft)",
      evidencePrefix: "SL",
      levels: { institutional: 0.55, costs: 0.5, rights: 0.6, integration: 0.5, development: 0.4 },
      overrides: {},
      dontKnow: ["rights.services.health"],
      answerOnly: (indicator, questionnaire) => {
        const inSection = questionnaire.indicators.filter((i) => i.dimension === indicator.dimension);
        const position = inSection.indexOf(indicator) / inSection.length;
        if (indicator.dimension === "institutional") return true;
        if (indicator.dimension === "rights") return position < 0.5;
        return false;
      },
    },
  ];
}
