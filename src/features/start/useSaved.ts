// Loads the saved assessments with what the list shows about each one.
import { useCallback, useEffect, useState } from "react";
import type { Assessment } from "../../domain/assessment/assessment";
import { assessmentProgress, type Progress } from "../../domain/assessment/progress";
import { answeredCount, scoreAssessment } from "../../domain/scoring/score";
import { loadAllQuestionnaires } from "../../questionnaires/load";
import { getRepository } from "../../storage";

export interface SavedRow {
  assessment: Assessment;
  /** null when the assessment's questionnaire is not installed or invalid. */
  progress: Progress | null;
  answered: number;
  applicable: number;
}

export function useSaved(): { rows: SavedRow[] | null; reload: () => void } {
  const [rows, setRows] = useState<SavedRow[] | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const repository = await getRepository();
      const [{ assessments }, questionnaires] = await Promise.all([repository.list(), loadAllQuestionnaires()]);
      const rows = assessments
        .sort((a, b) => a.country.localeCompare(b.country) || b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))
        .map((assessment): SavedRow => {
          const found = questionnaires.find((r) => r.ok && r.questionnaire.id === assessment.questionnaire.id);
          if (!found?.ok) return { assessment, progress: null, answered: 0, applicable: 0 };
          const result = scoreAssessment(found.questionnaire, assessment);
          return {
            assessment,
            progress: assessmentProgress(found.questionnaire, assessment),
            answered: answeredCount(result.counts),
            applicable: result.counts.applicable,
          };
        });
      if (live) setRows(rows);
    })();
    const unsubscribe = getRepository().then((r) => r.onExternalChange(reload));
    return () => {
      live = false;
      void unsubscribe.then((u) => u());
    };
  }, [generation, reload]);

  return { rows, reload };
}
