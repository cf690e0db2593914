import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { useT } from "./locale";
import { uiMessages } from "./messages";

export interface FieldProblem {
  /** id of the input to focus (the first radio for a radio group). */
  fieldId: string;
  message: string;
}

/** One entry of the summary: what is wrong, linked to the field that can put it right. */
export interface SummaryProblem {
  fieldId: string;
  message: ReactNode;
}

interface Props {
  problems: readonly SummaryProblem[];
  /** Changes on each failed submit, so that the summary takes focus again. */
  attempt?: number;
  /** The heading; "There is a problem" unless the page says more. */
  title?: string;
  /** Prefix of the heading's and the list's ids (`${id}-title`, `${id}`). */
  id?: string;
  /** False while the summary shows a problem the user did not just submit (it then stays where it is). */
  takeFocus?: boolean;
}

/**
 * GOV.UK error summary: at the top of the main content, takes focus when shown (and
 * again on each failed submit: pass a new `attempt`), each entry a link to its field.
 */
export function ErrorSummary({ problems, attempt = 0, title, id = "error-summary", takeFocus = true }: Props) {
  const t = useT(uiMessages);
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown && takeFocus) ref.current?.focus();
  }, [shown, attempt, takeFocus]);
  if (!shown) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 className="error-summary-title" id={`${id}-title`}>
        {title ?? t("errorSummaryTitle")}
      </h2>
      <ul className="error-summary-list" id={id}>
        {problems.map((p, k) => (
          <li key={k}>
            <a href={`#${p.fieldId}`} onClick={(e) => goToField(e, p.fieldId)}>
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** In-page link without touching the hash (the hash is the app's route). */
function goToField(event: MouseEvent, fieldId: string) {
  event.preventDefault();
  const field = document.getElementById(fieldId);
  const target = field?.closest("fieldset")?.querySelector("legend") ?? (field as HTMLInputElement | null)?.labels?.[0] ?? field;
  field?.focus();
  target?.scrollIntoView();
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
