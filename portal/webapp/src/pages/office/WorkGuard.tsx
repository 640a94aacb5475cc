import type { ReactNode } from "react";
import { useOfficialMe } from "../../api/office";
import { useSession } from "../../api/session";
import { isAdministrator, isAuditor, isOfficial } from "../../domain/roles";
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

export function RequireAdministrator({ children }: { children: ReactNode }) {
  const { t } = useT();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailure error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <SignInRedirect />;
  if (!isAdministrator(session.data)) return <NotFor title={t("admin.guard.title")} body={t("admin.guard.body")} />;
  return <>{children}</>;
}

export function RequireAuditor({ children }: { children: ReactNode }) {
  const { t } = useT();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailure error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <SignInRedirect />;
  if (!isAuditor(session.data)) return <NotFor title={t("audit.guard.title")} body={t("audit.guard.body")} />;
  return <>{children}</>;
}
