import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage } from "./ErrorSummary";

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  labelSize?: "s" | "m";
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Wrapper({ id, label, hint, error, labelSize = "s", children }: Omit<Props, "registration"> & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? " form-group-error" : ""}`}>
      <label className={`label label-${labelSize}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

/** A multi-line text field with label, hint and error, GOV.UK style. */
export function TextArea(props: Props & { rows?: number }) {
  const { id, hint, error, registration, rows = 4 } = props;
  return (
    <Wrapper {...props}>
      <textarea
        className={`textarea${error ? " input-error" : ""}`}
        id={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
    </Wrapper>
  );
}

/**
 * A one-line text input. `suffix` is the unit shown after the box (GOV.UK input suffix):
 * hidden from screen readers, so the label or hint must say the unit too.
 */
export function TextInput(props: Props & { width?: "full" | "20" | "10" | "5" | "4"; inputMode?: "numeric" | "decimal" | "text"; autoComplete?: string; suffix?: ReactNode }) {
  const { id, hint, error, registration, width = "full", inputMode, autoComplete, suffix } = props;
  const input = (
    <input
      className={`input input-width-${width}${error ? " input-error" : ""}`}
      id={id}
      type="text"
      inputMode={inputMode}
      autoComplete={autoComplete ?? "off"}
      spellCheck={false}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
      {...registration}
    />
  );
  return (
    <Wrapper {...props}>
      {suffix ? (
        <div className="input-wrapper">
          {input}
          <div className="input-suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      ) : (
        input
      )}
    </Wrapper>
  );
}
