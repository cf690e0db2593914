// Shared components and hooks for every feature.
export { PageHeading, usePageTitle } from "./PageHeading";
export { ErrorSummary, ErrorMessage, type FieldProblem } from "./ErrorSummary";
export { Radios, type RadioOption } from "./Radios";
export { TextArea, TextInput } from "./TextField";
export { BackLink, Button, ButtonLink, Tag, NotificationBanner, Loading, type TagColour } from "./Basics";
export { TaskList, type Task, type TaskStatus } from "./TaskList";
export { SummaryList, type SummaryRow } from "./SummaryList";
export { useT, useLocale, LocaleContext } from "./locale";
export { UserText, userSlot, WithUserText } from "./UserText";
export { QuestionnaireProblems } from "./QuestionnaireProblems";
export { formProblems } from "./formProblems";
export { setFlash, takeFlash } from "./flash";
export { LocalText } from "./LocalText";
// Not re-exported here, so that they stay out of the first page's JavaScript (every module
// this file names is bundled with the app shell): import them by path from
// ./AssessmentProblem, ./useLoaded and ./TableScroll (and ../storage/loadAssessment).
