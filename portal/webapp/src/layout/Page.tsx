import { useEffect, useRef, useState, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { useT } from "../i18n";

let firstPage = true;

/** A flash message handed over by navigate(…, { state: { flash } }): a catalogue key. */
function flashOf(state: unknown): string | undefined {
  if (typeof state === "object" && state !== null && "flash" in state) {
    const flash = (state as { flash: unknown }).flash;
    return typeof flash === "string" ? flash : undefined;
  }
  return undefined;
}

/**
 * Leaving a page that a change has made obsolete, with a flash for the next one. Until the
 * navigation lands, `leaving` tells the page not to redirect itself when the refreshed data
 * arrives first: that redirect carries no flash and would replace the one on its way.
 */
export function useLeaveWithFlash() {
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const leave = (to: string, flash: string) => {
    setLeaving(true);
    void navigate(to, { state: { flash } });
  };
  return { leaving, leave };
}

/**
 * One page: its h1 (the only one), the document title, and focus on the h1 after each navigation
 * inside the SPA, so a screen reader starts at the new page. A fragment (#field-…) is focused by
 * the form that owns it instead.
 */
export function Page({ title, lead, children, wide }: { title: string; lead?: ReactNode; children?: ReactNode; wide?: boolean }) {
  const { t } = useT();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const flash = flashOf(location.state);

  useEffect(() => {
    document.title = title === t("site.name") ? title : `${title} – ${t("site.name")}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (!location.hash) {
      heading.current?.focus();
    }
  }, [location.pathname, location.hash]);

  return (
    <div className={wide ? "page page--wide" : "page"}>
      {flash && (
        <div className="notice notice--success" role="status">
          {t(flash)}
        </div>
      )}
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {lead && <div className="lead">{lead}</div>}
      {children}
    </div>
  );
}
