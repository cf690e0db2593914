import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a narrow screen instead of widening the page.
 * While its table is wider than the box, the box is a named region that takes keyboard
 * focus, so it can be scrolled without a mouse (WCAG 2.1.1; axe "scrollable-region-focusable");
 * when everything fits it is not a tab stop, so keyboard users do not meet an empty stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(true); // until measured (and when rendered on a server)
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-wrapper" role="region" aria-label={label} tabIndex={overflows ? 0 : undefined}>
      {children}
    </div>
  );
}
