import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a narrow screen instead of widening the page.
 * The scrolling box is a named region that takes keyboard focus, so it can be scrolled
 * without a mouse (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
