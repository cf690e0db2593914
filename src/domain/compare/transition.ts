// How one indicator moved between two years. Rules, checked in this order:
//   absent from the earlier questionnaire, present in the later -> added
//   present in the earlier, absent from the later               -> retired
//   absent from both                                            -> not comparable (absentAtBothEnds)
//   scaleVersion differs                                        -> not comparable (scaleChanged)
//   not asked in both years (perspective, skip logic)           -> not comparable (notAskedEither)
//   not asked in one of the years                               -> not comparable (hidden)
//   answered Not applicable in either year                      -> not comparable (notApplicable)
//   an option chosen (or a figure scored) in one year only      -> not comparable (answeredOneSide)
//   no option chosen (nor figure scored) in either year         -> not comparable (answeredNeither)
//   otherwise the values (option score / 10, or a figure's band score / 10) decide:
//   improved, regressed or unchanged. A figure that moves within its band is unchanged.
// "Don't know" is not an option: it scores 0 but says nothing about the level reached,
// so a change from or to it is not reported as progress or regression.
import type { IndicatorYear, NotComparableReason, Transition } from "./types";

/** An option was chosen, or a figure given that scored (its band value decides, not the figure itself). */
const chosen = (y: IndicatorYear) => y.option !== null || (y.figure !== null && y.status === "answered" && y.value !== null);

const notComparable = (reason: NotComparableReason): Transition => ({ status: "notComparable", reason, delta: null });

export function transition(earlier: IndicatorYear, later: IndicatorYear): Transition {
  if (!earlier.present && later.present) return { status: "added", reason: null, delta: null };
  if (earlier.present && !later.present) return { status: "retired", reason: null, delta: null };
  if (!earlier.present && !later.present) return notComparable("absentAtBothEnds");
  if (earlier.scaleVersion !== later.scaleVersion) return notComparable("scaleChanged");
  if (earlier.status === "hidden" && later.status === "hidden") return notComparable("notAskedEither");
  if (earlier.status === "hidden" || later.status === "hidden") return notComparable("hidden");
  if (earlier.status === "notApplicable" || later.status === "notApplicable") return notComparable("notApplicable");
  const before = chosen(earlier) ? earlier.value : null;
  const after = chosen(later) ? later.value : null;
  if (before === null && after === null) return notComparable("answeredNeither");
  if (before === null || after === null) return notComparable("answeredOneSide");
  const delta = after - before;
  return { status: delta > 0 ? "improved" : delta < 0 ? "regressed" : "unchanged", reason: null, delta };
}
