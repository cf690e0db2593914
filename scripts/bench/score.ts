// Time to score 1,000 complete assessments of the national questionnaire (median of 5 runs).
import { readFileSync } from "node:fs";
import { validateQuestionnaire } from "../../src/domain/questionnaire/validate";
import { scoreAssessment } from "../../src/domain/scoring/score";
import type { Questionnaire } from "../../src/domain/questionnaire/schema";
import type { Answer } from "../../src/domain/assessment/assessment";
import { median } from "./median";

export function loadNational(): Questionnaire {
  const result = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
  if (!result.ok) throw new Error("questionnaires/picmd-national.json is invalid: run npm run check:questionnaires");
  return result.questionnaire;
}

/** Answers every indicator (an option, or a figure in range) picked by a small deterministic generator. */
function completeAnswers(q: Questionnaire, seed: number): Record<string, Answer> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const answers: Record<string, Answer> = {};
  for (const indicator of q.indicators) {
    const range = indicator.number;
    const choice: Answer["choice"] = range
      ? { kind: "number", value: range.min + ((next() % 1000) / 1000) * (range.max - range.min), year: 2025 }
      : { kind: "option", optionId: indicator.options[next() % indicator.options.length]!.id };
    answers[indicator.id] = {
      choice,
      evidence: "Decree 12/2024",
      comment: "",
      answeredBy: "",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
  }
  return answers;
}

export function benchScoring(): { scoreThousandMs: number } {
  const q = loadNational();
  const inputs = Array.from({ length: 1000 }, (_, i) => ({
    perspective: (["origin", "destination", "both"] as const)[i % 3]!,
    answers: completeAnswers(q, i + 1),
  }));
  const runs: number[] = [];
  let checksum = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    for (const input of inputs) checksum += scoreAssessment(q, input).overall ?? 0;
    runs.push(performance.now() - start);
  }
  if (!Number.isFinite(checksum)) throw new Error("scoring produced a non-number");
  return { scoreThousandMs: round(median(runs)) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
