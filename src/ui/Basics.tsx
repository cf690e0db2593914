// Small shared components: back link, buttons, tags, notification banner, warning text.
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useT } from "./locale";
import { uiMessages } from "./messages";

export function BackLink({ href, children }: { href: string; children?: ReactNode }) {
  const t = useT(uiMessages);
  return (
    <a className="back-link" href={href}>
      {children ?? t("back")}
    </a>
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "warning" };

export function Button({ variant = "primary", className, type = "submit", ...rest }: ButtonProps) {
  return <button type={type} className={`button${variant === "primary" ? "" : ` button-${variant}`}${className ? ` ${className}` : ""}`} {...rest} />;
}

/** A link styled as a button (GOV.UK "start" or secondary actions that only navigate). */
export function ButtonLink({ href, children, variant = "primary" }: { href: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  return (
    <a href={href} role="button" draggable={false} className={`button${variant === "primary" ? "" : ` button-${variant}`}`}>
      {children}
    </a>
  );
}

export type TagColour = "grey" | "blue" | "green" | "yellow" | "red";

export function Tag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`tag tag-${colour}`}>{children}</strong>;
}

/** GOV.UK notification banner: "important" (role region) or "success" (role alert). */
export function NotificationBanner({ title, children, type = "important" }: { title?: ReactNode; children: ReactNode; type?: "important" | "success" | "warning" }) {
  const t = useT(uiMessages);
  const isAlert = type !== "important";
  return (
    <div className={`notification-banner notification-banner-${type}`} role={isAlert ? "alert" : "region"} aria-label={isAlert ? undefined : t("important")}>
      <div className="notification-banner-header">
        <p className="notification-banner-title">{title ?? (type === "success" ? t("success") : t("important"))}</p>
      </div>
      <div className="notification-banner-content">{children}</div>
    </div>
  );
}

export function Loading() {
  const t = useT(uiMessages);
  return (
    <p className="body" role="status">
      {t("loading")}
    </p>
  );
}
