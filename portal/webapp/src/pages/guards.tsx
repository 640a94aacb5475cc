import { useEffect, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { loginUrl } from "../api/middleware";
import { useMe } from "../api/queries";
import { useSession } from "../api/session";
import { homeOf } from "../domain/roles";
import { useT } from "../i18n";
import { LoadFailure, Loading } from "../layout/QueryView";
import { Page } from "../layout/Page";

export function SignInRedirect() {
  const location = useLocation();
  useEffect(() => {
    window.location.assign(loginUrl(location.pathname + location.search));
  }, [location.pathname, location.search]);
  return <Loading />;
}

function NotAnInvestor() {
  const { t } = useT();
  return (
    <Page title={t("guard.notInvestorTitle")}>
      <p>{t("guard.notInvestorBody")}</p>
      <p>
        <a href="/logout">{t("nav.signOut")}</a>
      </p>
    </Page>
  );
}

/** Signed in with the investor role; otherwise off to sign in (and back here afterwards). */
export function RequireInvestor({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailure error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <SignInRedirect />;
  if (!session.data.roles.includes("investor")) {
    // An official or administrator who followed "sign in" lands in their own workspace.
    const home = homeOf(session.data);
    return home === "/" ? <NotAnInvestor /> : <Navigate to={home} replace />;
  }
  return <>{children}</>;
}

/** A verified investor record; otherwise registration, or the page saying where verification stands. */
export function RequireVerified({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailure error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/investor/register" replace />;
  if (me.data.status !== "VERIFIED") return <Navigate to="/investor/status" replace />;
  return <>{children}</>;
}
