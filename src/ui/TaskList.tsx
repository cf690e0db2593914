import type { ReactNode } from "react";
import { Tag } from "./Basics";
import { useT } from "./locale";
import { uiMessages } from "./messages";

export type TaskStatus = "notStarted" | "inProgress" | "completed";

export interface Task {
  id: string;
  title: ReactNode;
  /** null when there is nothing to do (the row is shown without a link). */
  href: string | null;
  hint?: ReactNode;
  status: TaskStatus;
}

/** GOV.UK task list: each row a link with its status; the whole row is the link's target area. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  const t = useT(uiMessages);
  const label = (s: TaskStatus) => (s === "completed" ? t("completed") : s === "inProgress" ? t("inProgress") : t("notYetStarted"));
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li className="task-list-item" key={task.id}>
          <div className="task-list-name-and-hint">
            {task.href ? (
              <a className="task-list-link" href={task.href} aria-describedby={`task-${task.id}-status${task.hint ? ` task-${task.id}-hint` : ""}`}>
                {task.title}
              </a>
            ) : (
              <span>{task.title}</span>
            )}
            {task.hint ? (
              <div className="task-list-hint" id={`task-${task.id}-hint`}>
                {task.hint}
              </div>
            ) : null}
          </div>
          <div className="task-list-status" id={`task-${task.id}-status`}>
            {task.status === "completed" ? (
              label(task.status)
            ) : (
              <Tag colour={task.status === "inProgress" ? "blue" : "grey"}>{label(task.status)}</Tag>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
