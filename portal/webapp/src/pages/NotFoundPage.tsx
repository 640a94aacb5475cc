import { Link } from "react-router";
import { useT } from "../i18n";
import { Page } from "../layout/Page";

/** An unknown address, or a case that does not exist or is not the user's (the service says 404). */
export function NotFoundPage({ what }: { what?: "application" }) {
  const { t } = useT();
  return (
    <Page title={what === "application" ? t("notFound.applicationTitle") : t("notFound.title")}>
      <p>{what === "application" ? t("notFound.applicationBody") : t("notFound.body")}</p>
      <p>
        <Link to="/dashboard">{t("notFound.toDashboard")}</Link>
      </p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </Page>
  );
}
