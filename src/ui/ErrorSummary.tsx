import { useEffect, useRef } from "react";
import { useT } from "./locale";
import { uiMessages } from "./messages";

export interface FieldProblem {
  /** id of the input to focus (the first radio for a radio group). */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the main content, takes focus when shown (and
 * again on each failed submit: pass a new `attempt`), each entry a link to its field.
 */
export function ErrorSummary({ problems, attempt = 0 }: { problems: FieldProblem[]; attempt?: number }) {
  const t = useT(uiMessages);
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary-title" id="error-summary-title">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="error-summary-list">
        {problems.map((p) => (
          <li key={p.fieldId}>
            <a
              href={`#${p.fieldId}`}
              onClick={(e) => {
                // In-page link without touching the hash (the hash is the app's route).
                e.preventDefault();
                const field = document.getElementById(p.fieldId);
                const target = field?.closest("fieldset")?.querySelector("legend") ?? (field as HTMLInputElement | null)?.labels?.[0] ?? field;
                field?.focus();
                target?.scrollIntoView();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The inline message above a field, with the same wording as the summary. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const t = useT(uiMessages);
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{t("errorPrefix")} </span>
      {message}
    </p>
  );
}
