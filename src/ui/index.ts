// Shared components and hooks for every feature.
export { PageHeading, usePageTitle } from "./PageHeading";
export { ErrorSummary, ErrorMessage, type FieldProblem } from "./ErrorSummary";
export { Radios, type RadioOption } from "./Radios";
export { TextArea, TextInput } from "./TextField";
export { BackLink, Button, ButtonLink, Tag, NotificationBanner, Loading, type TagColour } from "./Basics";
export { TaskList, type Task, type TaskStatus } from "./TaskList";
export { SummaryList, type SummaryRow } from "./SummaryList";
export { useT, useLocale, LocaleContext } from "./locale";
export { UserText } from "./UserText";
export { QuestionnaireProblems } from "./QuestionnaireProblems";
export { formProblems } from "./formProblems";
export { setFlash, takeFlash } from "./flash";
export { LocalText } from "./LocalText";
export { loadAssessment, type AssessmentLoad } from "./loadAssessment";
export { AssessmentProblem } from "./AssessmentProblem";
export { useLoaded } from "./useLoaded";
export { TableScroll } from "./TableScroll";
