import type { ReactNode } from "react";

/** A boxed message: information, an error or a success, in the page flow. */
export function Notice({
  kind = "info",
  role,
  children,
}: {
  kind?: "info" | "error" | "success";
  role?: "status" | "alert";
  children: ReactNode;
}) {
  const className = kind === "info" ? "notice" : `notice notice--${kind}`;
  return (
    <div className={className} role={role}>
      {children}
    </div>
  );
}
