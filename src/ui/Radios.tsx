import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage } from "./ErrorSummary";
import { useT } from "./locale";
import { uiMessages } from "./messages";

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Draw the GOV.UK "or" divider before this option. */
  dividerBefore?: boolean;
  /** Revealed under the option while it is checked (GOV.UK conditional reveal). */
  conditional?: ReactNode;
}

interface Props {
  idPrefix: string;
  legend: ReactNode;
  /** When the question is the page heading, the legend holds the <h1>. */
  legendIsHeading?: boolean;
  hint?: ReactNode;
  options: RadioOption[];
  error?: string;
  registration: UseFormRegisterReturn;
  checkedValue?: string;
  inline?: boolean;
}

/** A radio group in a fieldset. The first input's id is `${idPrefix}` so an error can link to it. */
export function Radios({ idPrefix, legend, legendIsHeading, hint, options, error, registration, checkedValue, inline }: Props) {
  const t = useT(uiMessages);
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group-error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={legendIsHeading ? "fieldset-legend fieldset-legend-l" : "fieldset-legend fieldset-legend-m"}>{legend}</legend>
        {hint ? (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${idPrefix}-error`} message={error} />
        <div className={inline ? "radios radios-inline" : "radios"}>
          {options.map((option, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const optionHintId = option.hint ? `${id}-item-hint` : undefined;
            return (
              <div key={option.value}>
                {option.dividerBefore ? <div className="radios-divider">{t("or")}</div> : null}
                <div className="radios-item">
                  <input className="radios-input" id={id} type="radio" value={option.value} aria-describedby={optionHintId} {...registration} />
                  <label className="label radios-label" htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="hint radios-hint" id={optionHintId}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
                {option.conditional && checkedValue === option.value ? <div className="radios-conditional">{option.conditional}</div> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
