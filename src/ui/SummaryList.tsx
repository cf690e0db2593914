import type { ReactNode } from "react";

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  action?: { href: string; label: string; visuallyHiddenText: string };
}

/** GOV.UK summary list (check answers). The action's hidden text says what it changes. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row, i) => (
        <div className="summary-list-row" key={i}>
          <dt className="summary-list-key">{row.key}</dt>
          <dd className="summary-list-value">{row.value}</dd>
          {row.action ? (
            <dd className="summary-list-actions">
              <a className="link" href={row.action.href}>
                {row.action.label}
                <span className="visually-hidden"> {row.action.visuallyHiddenText}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
