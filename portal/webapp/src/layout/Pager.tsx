import { useT } from "../i18n";

/** Previous and next page of a paged list, and where the reader is. */
export function Pager({ page, totalPages, onPage, label }: { page: number; totalPages: number; onPage: (p: number) => void; label: string }) {
  const { t } = useT();
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t("pager.previous")}
      </button>
      <span className="pager__where">{t("pager.where", { page: page + 1, total: totalPages })}</span>
      <button type="button" className="button button--secondary" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
        {t("pager.next")}
      </button>
    </nav>
  );
}

/** The page number a list keeps in its address (?page=N, from 0): anything else is the first page. */
export function pageOf(params: URLSearchParams): number {
  const page = Number.parseInt(params.get("page") ?? "0", 10);
  return Number.isFinite(page) && page > 0 ? page : 0;
}
