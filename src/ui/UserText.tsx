/**
 * Text someone typed or imported (names, evidence, comments): always rendered as text,
 * isolated with <bdi> so right-to-left or override characters cannot reorder the page
 * around it. Line breaks are kept by CSS (white-space: pre-wrap).
 */
export function UserText({ children, block }: { children: string; block?: boolean }) {
  return <bdi className={block ? "user-text user-text-block" : "user-text"}>{children}</bdi>;
}
