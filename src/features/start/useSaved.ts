// Loads the saved assessments with what the list shows about each one, and the stored
// records that cannot be read (listed as damaged, never hiding the others).
import { useCallback, useEffect, useState } from "react";
import type { Assessment } from "../../domain/assessment/assessment";
import { assessmentProgress, type Progress } from "../../domain/assessment/progress";
import { answeredCount, scoreAssessment } from "../../domain/scoring/score";
import { loadAllQuestionnaires } from "../../questionnaires/load";
import { questionnaireForAssessment } from "../../questionnaires/forAssessment";
import { getRepository } from "../../storage";
import type { Unreadable } from "../../storage/repository";

export interface SavedRow {
  assessment: Assessment;
  /** null when the assessment's questionnaire is not installed or invalid. */
  progress: Progress | null;
  answered: number;
  applicable: number;
}

export interface Saved {
  rows: SavedRow[];
  damaged: Unreadable[];
}

export function useSaved(): { rows: SavedRow[] | null; damaged: Unreadable[]; reload: () => void } {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const repository = await getRepository();
      const [{ assessments, unreadable }, questionnaires] = await Promise.all([repository.list(), loadAllQuestionnaires()]);
      const damaged = [...unreadable];
      const rows: SavedRow[] = [];
      for (const assessment of assessments.sort((a, b) => a.country.localeCompare(b.country) || b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))) {
        try {
          const found = questionnaireForAssessment(assessment, questionnaires);
          if (!found.ok) {
            rows.push({ assessment, progress: null, answered: 0, applicable: 0 });
            continue;
          }
          const result = scoreAssessment(found.questionnaire, found.assessment);
          rows.push({
            assessment,
            progress: assessmentProgress(found.questionnaire, found.assessment),
            answered: answeredCount(result.counts),
            applicable: result.counts.applicable,
          });
        } catch (error) {
          // One record the scoring cannot handle is listed as damaged; the others still show.
          damaged.push({ id: assessment.id, problems: [{ where: "(file)", message: error instanceof Error ? error.message : String(error) }] });
        }
      }
      if (live) setSaved({ rows, damaged });
    })();
    const unsubscribe = getRepository().then((r) => r.onExternalChange(reload));
    return () => {
      live = false;
      void unsubscribe.then((u) => u());
    };
  }, [generation, reload]);

  return { rows: saved?.rows ?? null, damaged: saved?.damaged ?? [], reload };
}
