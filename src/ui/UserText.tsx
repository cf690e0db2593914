/**
 * Text someone typed or imported (names, evidence, comments): always rendered as text,
 * isolated with <bdi> so right-to-left or override characters cannot reorder the page
 * around it. Line breaks are kept by CSS (white-space: pre-wrap).
 */
export function UserText({ children, block }: { children: string; block?: boolean }) {
  return <bdi className={block ? "user-text user-text-block" : "user-text"}>{children}</bdi>;
}

const MARK = "\u0000";
/** A placeholder value for `WithUserText`: translate with it, then hand the real text over. */
export const userSlot = (n: number) => `${MARK}${n}${MARK}`;

/**
 * A translated sentence holding someone's text ("{country}: {years}"): only their text is
 * isolated, so the sentence keeps the page's direction (an Arabic heading reads right to
 * left around an English country name). `sentence` comes from t() with userSlot(n) in
 * place of values[n].
 */
export function WithUserText({ sentence, values }: { sentence: string; values: string[] }) {
  const parts = sentence.split(new RegExp(`${MARK}(\\d+)${MARK}`));
  return <>{parts.map((p, k) => (k % 2 === 0 ? p : <UserText key={k}>{values[Number(p)] ?? ""}</UserText>))}</>;
}
