// The gap report as plain data: everything a renderer (PDF or HTML) needs, already
// translated and formatted, so both renderers show exactly the same content.
import type { ReportMessages } from "./messages";

export interface ScoreLine {
  dimensionId: string;
  title: string;
  /** 0-100 unrounded, null when no question of the dimension applies. */
  score: number | null;
  /** Rounded for display ("54"), or the "No score" label. */
  display: string;
  category: string;
  answered: number;
  applicable: number;
}

export interface ChangeLine {
  dimensionId: string;
  title: string;
  previous: number | null;
  current: number | null;
  /** current - previous, unrounded; null when either side has no score. */
  delta: number | null;
  /** current - previous rounded once, after subtracting, to one decimal, signed ("+17.6", "-1", "0"); the scores below are shown to one decimal too. */
  deltaDisplay: string;
  previousDisplay: string;
  currentDisplay: string;
}

export interface ReportChange {
  previousYear: number;
  currentYear: number;
  overall: ChangeLine;
  dimensions: ChangeLine[];
}

export interface ReportGap {
  rank: number;
  indicatorId: string;
  dimensionTitle: string;
  question: string;
  foundational: boolean;
  currentAnswer: string;
  fullMarks: string;
  action: string;
  leadMinistryId: string;
  leadMinistry: string;
  sdg: string[];
  gcm: number[];
  /** "SDG 10.7, 17.14; GCM objective 23" or "None". */
  refs: string;
  sources: string[];
  /** Points of the dimension score lost on this question. */
  lostPoints: number;
}

export interface ActionGroup {
  ministryId: string;
  ministry: string;
  items: { rank: number; indicatorId: string; question: string; action: string }[];
}

export interface AnnexQuestion {
  indicatorId: string;
  /** A context question: recorded, never scored. */
  context: boolean;
  question: string;
  answer: string;
  evidence: string;
  comment: string;
  answeredBy: string;
}

/** An answer kept in the archive when the questionnaire changed version (retired question, or an option with no equivalent). */
export interface ArchivedAnswer {
  /** The archive key: the indicator id, or "id.vN" when that was taken. */
  key: string;
  /** The question as the version it was answered on asked it, or the key when that version is not installed. */
  question: string;
  answer: string;
  evidence: string;
  comment: string;
  answeredBy: string;
}

export interface AnnexSection {
  dimensionId: string;
  title: string;
  questions: AnnexQuestion[];
}

export interface ReportModel {
  locale: string;
  direction: "ltr" | "rtl";
  labels: ReportMessages;
  isDraft: boolean;
  cover: {
    title: string;
    subtitle: string;
    country: string;
    year: number;
    perspective: string;
    leadMinistry: string;
    questionnaire: { id: string; title: string; version: number; display: string };
    generatedOn: string;
    status: string;
    /** "Scoring method 2". */
    scoringMethod: string;
  };
  summary: {
    overall: ScoreLine;
    strongest: ScoreLine | null;
    weakest: ScoreLine | null;
    gapCount: number;
    coverage: { answered: number; dontKnow: number; applicable: number; ratio: number; display: string };
    change: ReportChange | null;
  };
  scores: ScoreLine[];
  gaps: ReportGap[];
  actionPlan: ActionGroup[];
  annex: AnnexSection[];
  /** Answers kept from earlier versions of the questionnaire (nothing is deleted by an update). */
  archived: ArchivedAnswer[];
  /** Definitions of the glossary terms used by questions of this assessment, in glossary order. */
  glossary: { id: string; term: string; definition: string }[];
}
