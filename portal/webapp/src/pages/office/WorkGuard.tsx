import type { ReactNode } from "react";
import { useOfficialMe } from "../../api/office";
import { useSession, type Session } from "../../api/session";
import { isAdministrator, isAuditor, isOfficial, isReception } from "../../domain/roles";
import { useT } from "../../i18n";
import { LoadFailure, Loading } from "../../layout/QueryView";
import { Page } from "../../layout/Page";
import { SignInRedirect } from "../guards";

function NotFor({ title, body }: { title: string; body: string }) {
  const { t } = useT();
  return (
    <Page title={title}>
      <p>{body}</p>
      <p>
        <a href="/logout">{t("nav.signOut")}</a>
      </p>
    </Page>
  );
}

/** Signed in as an official; the sign-in is recorded in the officials' directory on the way in. */
export function RequireOfficial({ children }: { children: ReactNode }) {
  const { t } = useT();
  const session = useSession();
  const official = isOfficial(session.data);
  // Records the sign-in; the inbox works without it (only reassignment to this official needs it).
  useOfficialMe(official);
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailure error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <SignInRedirect />;
  if (!official) return <NotFor title={t("work.guard.title")} body={t("work.guard.body")} />;
  return <>{children}</>;
}

/** Signed in with a role that `allowed` accepts; otherwise a page saying this is not for them. */
function RequireRole({ allowed, guard, children }: { allowed: (session: Session) => boolean; guard: string; children: ReactNode }) {
  const { t } = useT();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailure error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <SignInRedirect />;
  if (!allowed(session.data)) return <NotFor title={t(`${guard}.title`)} body={t(`${guard}.body`)} />;
  return <>{children}</>;
}

export function RequireAdministrator({ children }: { children: ReactNode }) {
  return (
    <RequireRole allowed={isAdministrator} guard="admin.guard">
      {children}
    </RequireRole>
  );
}

export function RequireAuditor({ children }: { children: ReactNode }) {
  return (
    <RequireRole allowed={isAuditor} guard="audit.guard">
      {children}
    </RequireRole>
  );
}

/** Reception verifies investor records (inside RequireOfficial, which records the sign-in). */
export function RequireReception({ children }: { children: ReactNode }) {
  return (
    <RequireRole allowed={isReception} guard="investors.guard">
      {children}
    </RequireRole>
  );
}
