import { useSyncExternalStore } from "react";
import { getStorageState, subscribeStorageState, type StorageProblem } from "../storage/status";
import { NotificationBanner, useT, UserText } from "../ui";
import { appMessages } from "./messages";

/** One banner per storage problem, at the top of every page, until it is resolved. */
export function StorageBanners() {
  const t = useT(appMessages);
  const state = useSyncExternalStore(subscribeStorageState, getStorageState);
  const text = (p: StorageProblem) => {
    switch (p.kind) {
      case "unavailable":
        return [t("memoryTitle"), t("memoryBody")];
      case "quota":
        return [t("quotaTitle"), t("quotaBody")];
      case "blocked":
        return [t("blockedTitle"), t("blockedBody")];
      case "versionchange":
        return [t("versionchangeTitle"), t("versionchangeBody")];
      case "failed":
        return [t("failedTitle"), t("failedBody", { detail: p.detail })];
      case "unreadable":
        return [t("unreadableTitle"), t("unreadableBody", { count: p.count })];
    }
  };
  return (
    <>
      {state.problems.map((problem) => {
        const [title, body] = text(problem);
        return (
          <NotificationBanner key={problem.kind} type={problem.kind === "unreadable" ? "important" : "warning"}>
            <p className="notification-banner-heading" data-storage-problem={problem.kind}>
              {title}
            </p>
            <p className="body">
              <UserText>{body ?? ""}</UserText>
            </p>
          </NotificationBanner>
        );
      })}
    </>
  );
}
