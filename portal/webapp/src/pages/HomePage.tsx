import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { loginUrl, signupUrl } from "../api/middleware";
import { useSession } from "../api/session";
import { homeOf } from "../domain/roles";
import { ErrorSummary } from "../forms/ErrorSummary";
import { TextField } from "../forms/fields";
import type { ErrorModel } from "../forms/errorModel";
import { useT } from "../i18n";
import { Page } from "../layout/Page";

/** The public verification page is the licensing service's own, server-rendered: a full page load. */
export function verificationPath(number: string): string {
  return `/verify/licences/${encodeURIComponent(number.trim())}`;
}

function LicenceCheck() {
  const { t } = useT();
  const [number, setNumber] = useState("");
  const [errors, setErrors] = useState<ErrorModel | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!number.trim()) {
      setErrors({ kind: "fields", fields: [{ field: "certificateNumber", message: t("home.check.empty"), href: "#field-certificateNumber" }] });
      return;
    }
    window.location.assign(verificationPath(number));
  };
  return (
    <section className="panel" aria-labelledby="check-title">
      <h2 id="check-title">{t("home.check.title")}</h2>
      <p>{t("home.check.body")}</p>
      <form noValidate onSubmit={onSubmit} className="inline-form">
        <ErrorSummary model={errors} />
        <TextField
          path="certificateNumber"
          label={t("field.certificateNumber")}
          hint={t("home.check.hint")}
          value={number}
          onChange={setNumber}
          width="20"
          spellCheck={false}
          error={errors?.fields[0]?.message}
        />
        <button type="submit" className="button">
          {t("home.check.submit")}
        </button>
      </form>
    </section>
  );
}

export function HomePage() {
  const { t } = useT();
  const session = useSession();
  const signedIn = session.data?.authenticated === true;
  return (
    <Page title={t("home.title")} lead={<p>{t("home.lead")}</p>}>
      <div className="columns">
        <section className="column" aria-labelledby="what-title">
          <h2 id="what-title">{t("home.what.title")}</h2>
          <ul className="list list--bullet">
            <li>{t("home.what.register")}</li>
            <li>{t("home.what.apply")}</li>
            <li>{t("home.what.follow")}</li>
            <li>{t("home.what.licence")}</li>
          </ul>
          {signedIn ? (
            <p>
              <Link to={homeOf(session.data)} className="button button--start">
                {t("home.toDashboard")}
              </Link>
            </p>
          ) : (
            <div className="button-group">
              <a href={loginUrl("/dashboard")} className="button button--start">
                {t("home.signIn")}
              </a>
              <a href={signupUrl("/investor/register")} className="button button--secondary">
                {t("home.signUp")}
              </a>
            </div>
          )}
          <h2>{t("home.before.title")}</h2>
          <p>{t("home.before.body")}</p>
        </section>
        <div className="column">
          <LicenceCheck />
        </div>
      </div>
    </Page>
  );
}
