import { useEffect, useRef, type MouseEvent } from "react";
import { Link } from "react-router";
import { useT } from "../i18n";
import type { ErrorModel } from "./errorModel";
import { fieldLabel } from "./labels";

/** Moves focus to the element a "#id" link names, as following the link would, and scrolls to it. */
export function focusFragment(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  const target = document.getElementById(href.slice(1));
  if (target) {
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus();
  }
}

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears, one link per
 * invalid field (to its input, here or on the page of the flow that has it). A problem without
 * field errors shows its title and detail as the service wrote them.
 */
export function ErrorSummary({ model }: { model: ErrorModel | null }) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (model) box.current?.focus();
  }, [model]);

  if (!model) return null;
  return (
    <div className="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 className="error-summary__title" id="error-summary-title">
        {t("errors.summaryTitle")}
      </h2>
      {model.kind === "fields" ? (
        <ul className="error-summary__list">
          {model.fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              {f.href.startsWith("#") ? (
                <a href={f.href} onClick={(e) => focusFragment(e, f.href)}>
                  {fieldLabel(t, f.field)}: {f.message}
                </a>
              ) : (
                <Link to={f.href}>
                  {fieldLabel(t, f.field)}: {f.message}
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : model.kind === "network" ? (
        <p>{t("errors.network")}</p>
      ) : (
        <>
          <p>{model.title || t("errors.unexpected")}</p>
          {model.detail && <p>{model.detail}</p>}
        </>
      )}
    </div>
  );
}
