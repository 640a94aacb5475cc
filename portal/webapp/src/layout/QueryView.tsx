import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiError, isStatus } from "../api/problem";
import { useT } from "../i18n";

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

/** Why something could not be loaded: the service's problem as it came, or a plain sentence. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t("errors.loadFailed")}</h2>
      {problem?.title ? <p>{problem.title}</p> : <p>{error instanceof ApiError ? t("errors.unexpected") : t("errors.network")}</p>}
      {problem?.detail && <p>{problem.detail}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** Loading, failure or the data; a 404 shows `notFound`. */
export function QueryView<T>({
  query,
  children,
  notFound,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  notFound?: ReactNode;
}) {
  if (query.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    if (notFound !== undefined && isStatus(query.error, 404)) {
      return <>{notFound}</>;
    }
    return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
