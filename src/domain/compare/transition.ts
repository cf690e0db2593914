// How one indicator moved between two years. Rules, checked in this order:
//   absent from the earlier questionnaire, present in the later -> added
//   present in the earlier, absent from the later               -> retired
//   absent from both                                            -> not comparable (absentAtBothEnds)
//   scaleVersion differs                                        -> not comparable (scaleChanged)
//   a context question (never scored) in the later year          -> not comparable (context)
//   out of scope in both years (perspective, parent not applying) -> not comparable (outOfScopeEither)
//   out of scope in one of the years                              -> not comparable (outOfScope)
//   answered Not applicable in either year                      -> not comparable (notApplicable)
//   an option chosen (or a figure given) in one year only       -> not comparable (answeredOneSide)
//   no option chosen (nor figure given) in either year          -> not comparable (answeredNeither)
//   otherwise the values (option score / 10, or a figure's band score / 10) decide:
//   improved, regressed or unchanged. A figure that moves within its band is unchanged.
// "Don't know" is not an option: it scores 0 but says nothing about the level reached,
// so a change from or to it is not reported as progress or regression. A follow-up not
// asked (its parent's answer is below the condition) is at level 0: it compares as 0.
import type { IndicatorYear, NotComparableReason, Transition } from "./types";

const notComparable = (reason: NotComparableReason): Transition => ({ status: "notComparable", reason, delta: null });

const comparableValue = (y: IndicatorYear): number | null =>
  y.status === "notAsked" ? 0 : y.status === "answered" ? y.value : null;

export function transition(earlier: IndicatorYear, later: IndicatorYear): Transition {
  if (!earlier.present && later.present) return { status: "added", reason: null, delta: null };
  if (earlier.present && !later.present) return { status: "retired", reason: null, delta: null };
  if (!earlier.present && !later.present) return notComparable("absentAtBothEnds");
  if (earlier.scaleVersion !== later.scaleVersion) return notComparable("scaleChanged");
  if (!later.scored || !earlier.scored) return notComparable("context");
  if (earlier.status === "outOfScope" && later.status === "outOfScope") return notComparable("outOfScopeEither");
  if (earlier.status === "outOfScope" || later.status === "outOfScope") return notComparable("outOfScope");
  if (earlier.status === "notApplicable" || later.status === "notApplicable") return notComparable("notApplicable");
  const before = comparableValue(earlier);
  const after = comparableValue(later);
  if (before === null && after === null) return notComparable("answeredNeither");
  if (before === null || after === null) return notComparable("answeredOneSide");
  const delta = after - before;
  return { status: delta > 0 ? "improved" : delta < 0 ? "regressed" : "unchanged", reason: null, delta };
}
