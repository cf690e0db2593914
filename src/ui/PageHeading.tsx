import { useEffect, useRef, type ReactNode } from "react";
import { useFocusAfterNavigation } from "./focus";
import { useT } from "./locale";
import { uiMessages } from "./messages";

/** The page's <h1>; takes focus after in-app navigation. An optional caption sits above it. */
export function PageHeading({ children, caption, size = "l" }: { children: ReactNode; caption?: ReactNode; size?: "l" | "xl" | "m" }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(ref);
  return (
    <>
      {caption ? <span className={`caption caption-${size === "xl" ? "l" : "m"}`}>{caption}</span> : null}
      <h1 ref={ref} tabIndex={-1} className={`heading-${size}`}>
        {children}
      </h1>
    </>
  );
}

/** Sets document.title; "Error: " goes first while the page shows validation errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  const t = useT(uiMessages);
  useEffect(() => {
    document.title = `${hasErrors ? `${t("errorPrefix")} ` : ""}${title} – ${t("service")}`;
  }, [title, hasErrors, t]);
}
