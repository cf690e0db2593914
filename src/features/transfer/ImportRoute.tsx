// #/import: reads an assessment file (size checked before reading, then readDocumentText in a worker: checkFile.ts),
// then adds it as new, keeps both, replaces one after a confirmation page, or merges chosen
// sections (MergeSteps.tsx). Nothing is saved before the user's last step.
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { formatRoute } from "../../routing/routes";
import type { Assessment } from "../../domain/assessment/assessment";
import type { Problem } from "../../domain/document/problems";
import { applyReplace, importAsNew, planWholeImport, type ReplaceOption, type WholeImportPlan } from "../../domain/document/whole-import";
import type { Questionnaire } from "../../domain/questionnaire/schema";
import { loadQuestionnaire } from "../../questionnaires/load";
import { getRepository } from "../../storage";
import { Button, ErrorSummary, NotificationBanner, PageHeading, Radios, useLocale, usePageTitle, useT, UserText } from "../../ui";
import { formatNumber } from "../../ui/format";
import { checkFile } from "./checkFile";
import { MergeSteps } from "./MergeSteps";
import { transferMessages } from "./messages";
import { saveProblem, type Done } from "./saveProblem";
import { MAX_FILE_MB, mergeTargets, oversize } from "./transfer";

export interface ReadFile {
  plan: WholeImportPlan;
  migratedFrom: number | null;
  questionnaire: Questionnaire | null;
  saved: Assessment[];
}


type Step = { kind: "file" } | { kind: "read"; file: ReadFile } | { kind: "confirm"; file: ReadFile; option: ReplaceOption } | { kind: "merge"; file: ReadFile } | { kind: "done"; done: Done };

export default function ImportRoute() {
  const [step, setStep] = useState<Step>({ kind: "file" });
  const restart = () => setStep({ kind: "file" });
  switch (step.kind) {
    case "file":
      return <FileStep onRead={(file) => setStep({ kind: "read", file })} />;
    case "read":
      return (
        <ActionStep
          file={step.file}
          onConfirm={(option) => setStep({ kind: "confirm", file: step.file, option })}
          onMerge={() => setStep({ kind: "merge", file: step.file })}
          onDone={(done) => setStep({ kind: "done", done })}
          onCancel={restart}
        />
      );
    case "confirm":
      return <ConfirmStep option={step.option} incoming={step.file.plan.incoming} onDone={(done) => setStep({ kind: "done", done })} onCancel={restart} />;
    case "merge":
      return step.file.questionnaire ? (
        <MergeSteps incoming={step.file.plan.incoming} questionnaire={step.file.questionnaire} targets={mergeTargets(step.file.saved, step.file.plan.incoming)} onDone={(done) => setStep({ kind: "done", done })} onCancel={restart} />
      ) : null;
    case "done":
      return <DoneStep done={step.done} />;
  }
}

function FileStep({ onRead }: { onRead: (file: ReadFile) => void }) {
  const t = useT(transferMessages);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [checking, setChecking] = useState(false);
  const { locale } = useLocale();
  usePageTitle(t("import.title"), !!error || problems.length > 0);

  const fail = (message: string | null, found: Problem[] = []) => {
    setError(message);
    setProblems(found);
    setAttempt((n) => n + 1);
  };

  const sized = (unit: "MB" | "bytes", n: number) => t(unit === "MB" ? "import.sizeMb" : "import.sizeBytes", { n: formatNumber(locale, n, 2) });

  const check = async (file: File) => {
    // The size is checked before a byte is read.
    const over = oversize(file.size);
    if (over) return fail(t("import.tooBig", { size: sized(over.unit, over.size), limit: sized(over.unit, over.limit) }));
    const checked = await checkFile(file);
    if (checked.kind === "unreadable") return fail(t("import.unreadable"));
    const result = checked.result;
    if (!result.ok) return fail(null, result.problems);
    const incoming = result.document.assessment;
    const [repository, loaded] = await Promise.all([getRepository(), loadQuestionnaire(incoming.questionnaire.id)]);
    const { assessments } = await repository.list();
    const questionnaire = loaded.ok ? loaded.questionnaire : null;
    onRead({ plan: planWholeImport(assessments, incoming, questionnaire ?? undefined), migratedFrom: result.migratedFrom, questionnaire, saved: assessments });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checking) return;
    const file = (event.currentTarget.elements.namedItem("import-file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return fail(t("import.noFile"));
    setChecking(true);
    try {
      await check(file);
    } catch {
      fail(t("import.unreadable"));
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: "import-file", message: error }] : []} attempt={attempt} />
      <DocumentProblems problems={problems} attempt={attempt} />
      <PageHeading>{t("import.title")}</PageHeading>
      <p className="body">{t("import.intro")}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className={`form-group${error || problems.length ? " form-group-error" : ""}`}>
          <label className="label label-s" htmlFor="import-file">
            {t("import.fileLabel")}
          </label>
          <div className="hint" id="import-file-hint">
            {t("import.fileHint", { limit: MAX_FILE_MB })}
          </div>
          {error ? (
            <p className="error-message" id="import-file-error">
              {error}
            </p>
          ) : null}
          <input
            className="file-upload"
            id="import-file"
            name="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"}
          />
        </div>
        <Button type="submit" aria-disabled={checking ? true : undefined}>
          {t("import.check")}
        </Button>
        <div role="status" aria-live="polite" id="import-checking">
          {checking ? <p className="body">{t("import.checking")}</p> : null}
        </div>
      </form>
    </>
  );
}

/** A refused file's problems, each with its field path, in the page's one error summary. */
function DocumentProblems({ problems, attempt }: { problems: Problem[]; attempt: number }) {
  const t = useT(transferMessages);
  const entries = problems.map((p) => ({
    fieldId: "import-file",
    message: (
      <>
        <code>
          <UserText>{p.where}</UserText>
        </code>
        {" – "}
        <UserText>{p.message}</UserText>
      </>
    ),
  }));
  return <ErrorSummary problems={entries} attempt={attempt} title={t("import.refused")} id="import-problems" />;
}

function ActionStep({ file, onConfirm, onMerge, onDone, onCancel }: { file: ReadFile; onConfirm: (o: ReplaceOption) => void; onMerge: () => void; onDone: (d: Done) => void; onCancel: () => void }) {
  const t = useT(transferMessages);
  const { plan } = file;
  const incoming = plan.incoming;
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<{ action: string }>({ defaultValues: { action: "" } });
  const action = form.watch("action");
  usePageTitle(t("import.title"), !!error);
  const exists = plan.replaceOptions.length > 0 || plan.idTaken;
  const canMerge = !!file.questionnaire && mergeTargets(file.saved, incoming).length > 0;
  const options = [
    { value: "new", label: exists ? t("import.keepBoth") : t("import.asNew") },
    ...plan.replaceOptions.map((o, k) => ({
      value: `replace:${k}`,
      label: (
        <>
          {t("import.replace", { country: "\u2068" + o.target.country + "\u2069", year: o.target.year, title: "\u2068" + o.target.title + "\u2069" })}
        </>
      ),
    })),
    ...(canMerge ? [{ value: "merge", label: t("import.merge") }] : []),
  ];

  const onSubmit = form.handleSubmit(async ({ action }) => {
    setAttempt((n) => n + 1);
    if (!action) return setError(t("import.chooseAction"));
    if (action === "merge") return onMerge();
    if (action.startsWith("replace:")) {
      const option = plan.replaceOptions[Number(action.slice(8))];
      if (option) onConfirm(option);
      return;
    }
    const repository = await getRepository();
    const ids = (await repository.list()).assessments.map((a) => a.id);
    const result = await repository.create(importAsNew(incoming, ids));
    const problem = saveProblem(result, t);
    if (problem || !result.ok) return setError(problem);
    onDone({ kind: "new", assessment: result.assessment });
  });

  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: "import-action", message: error }] : []} attempt={attempt} />
      <PageHeading>{t("import.title")}</PageHeading>
      <p className="body" id="import-read">
        {t("import.read", { country: "\u2068" + incoming.country + "\u2069", year: incoming.year })}
      </p>
      {file.migratedFrom !== null ? (
        <p className="inset-text" id="import-upgraded">
          {t("import.upgraded", { version: file.migratedFrom })}
        </p>
      ) : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios idPrefix="import-action" legend={t("import.whatNext")} registration={form.register("action")} checkedValue={action} options={options} error={error ?? undefined} />
        <div className="button-group">
          <Button type="submit">{t("import.continue")}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("import.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

function ConfirmStep({ option, incoming, onDone, onCancel }: { option: ReplaceOption; incoming: Assessment; onDone: (d: Done) => void; onCancel: () => void }) {
  const t = useT(transferMessages);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t("replace.title"), !!error);
  const target = option.target;
  const replace = async () => {
    const repository = await getRepository();
    // save() expects the stored revision and adds one itself.
    const result = await repository.save({ ...applyReplace(target, incoming), revision: target.revision });
    const problem = saveProblem(result, t);
    if (problem || !result.ok) return setError(problem);
    onDone({ kind: "replaced", assessment: result.assessment });
  };
  return (
    <>
      <ErrorSummary problems={error ? [{ fieldId: "replace-confirm", message: error }] : []} />
      <PageHeading>{t("replace.title")}</PageHeading>
      <p className="body">{t("replace.intro", { country: "\u2068" + target.country + "\u2069", year: target.year })}</p>
      <ul className="list list-bullet" id="replace-changes">
        {option.summary.lines.map((line, k) => (
          <li key={k}>
            <UserText>{line}</UserText>
          </li>
        ))}
      </ul>
      <div className="button-group">
        <Button type="button" id="replace-confirm" variant="warning" onClick={() => void replace()}>
          {t("replace.confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("import.cancel")}
        </Button>
      </div>
    </>
  );
}

function DoneStep({ done }: { done: Done }) {
  const t = useT(transferMessages);
  usePageTitle(t("done.title"));
  const a = done.assessment;
  return (
    <>
      <NotificationBanner type="success">
        <p className="body" id="import-done">
          {t(done.kind === "new" ? "done.new" : done.kind === "replaced" ? "done.replaced" : "done.merged")}
        </p>
        <p className="body">
          <a href={formatRoute({ name: "tasks", id: a.id })} id="import-open">
            {t("done.open", { country: "\u2068" + a.country + "\u2069", year: a.year })}
          </a>
        </p>
      </NotificationBanner>
      <PageHeading>{t("done.title")}</PageHeading>
    </>
  );
}
