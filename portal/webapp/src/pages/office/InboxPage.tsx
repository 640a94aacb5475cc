import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { ApiError, call } from "../../api/problem";
import { useSession } from "../../api/session";
import { invalidateTask, TABS, useInboxLive, useOfficialMe, useTaskCounts, useTasks, type InboxFilter, type Tab } from "../../api/office";
import { CASE_STAGES, ENVIRONMENTAL_CATEGORIES, isCaseStage, type CaseStage, type EnvironmentalCategory } from "../../domain/types";
import { formatDateTime } from "../../format/format";
import { SelectField, TextField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { Pager, pageOf } from "../../layout/Pager";
import { QueryView } from "../../layout/QueryView";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type Task = LicensingSchemas["schemas"]["Task"];
type Sort = NonNullable<InboxFilter["sort"]>;
const SORTS: readonly Sort[] = ["DUE_AT", "DUE_AT_DESC", "CREATED_AT", "CREATED_AT_DESC"];

function isTab(value: string | null): value is Tab {
  return (TABS as readonly string[]).includes(value ?? "");
}

/** The inbox's state lives in the address, so a filtered tab can be bookmarked and shared. */
export function filterOf(params: URLSearchParams): InboxFilter {
  const tab = params.get("tab");
  const stage = params.get("stage");
  const category = params.get("environmentalCategory");
  const sort = params.get("sort");
  const filter: InboxFilter = { tab: isTab(tab) ? tab : "unclaimed", page: pageOf(params) };
  if (isCaseStage(stage)) filter.stage = stage;
  if ((ENVIRONMENTAL_CATEGORIES as readonly string[]).includes(category ?? "")) filter.environmentalCategory = category as EnvironmentalCategory;
  if ((SORTS as readonly string[]).includes(sort ?? "")) filter.sort = sort as Sort;
  const reference = params.get("reference")?.trim();
  const investor = params.get("investor")?.trim();
  if (reference) filter.reference = reference;
  if (investor && investor.length >= 2) filter.investor = investor;
  return filter;
}

function paramsOf(filter: InboxFilter): Record<string, string> {
  const out: Record<string, string> = { tab: filter.tab };
  if (filter.stage) out.stage = filter.stage;
  if (filter.reference) out.reference = filter.reference;
  if (filter.investor) out.investor = filter.investor;
  if (filter.environmentalCategory) out.environmentalCategory = filter.environmentalCategory;
  if (filter.sort) out.sort = filter.sort;
  if (filter.page > 0) out.page = String(filter.page);
  return out;
}

function Tabs({ filter, onTab }: { filter: InboxFilter; onTab: (tab: Tab) => string }) {
  const { t } = useT();
  const counts = useTaskCounts(filter);
  const count = (tab: Tab): number | undefined => {
    const c = counts.data;
    if (!c) return undefined;
    return { mine: c.assignedToMe, unclaimed: c.unclaimed, overdue: c.overdue, soon: c.dueSoon, all: c.all }[tab];
  };
  return (
    <nav className="tabs" aria-label={t("work.inbox.tabsLabel")}>
      <ul className="tabs__list">
        {TABS.map((tab) => {
          const n = count(tab);
          return (
            <li key={tab} className="tabs__item">
              <Link to={onTab(tab)} className="tabs__tab" aria-current={filter.tab === tab ? "page" : undefined}>
                {t(`work.inbox.tab.${tab}`)}
                {n !== undefined && (
                  <span className={`count${tab === "overdue" && n > 0 ? " count--alert" : ""}`}>
                    {n}
                    <span className="visually-hidden"> {t("work.inbox.tasks", { count: n })}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Filters({ filter, onApply }: { filter: InboxFilter; onApply: (next: InboxFilter) => void }) {
  const { t } = useT();
  const [stage, setStage] = useState<string>(filter.stage ?? "");
  const [reference, setReference] = useState(filter.reference ?? "");
  const [investor, setInvestor] = useState(filter.investor ?? "");
  const [category, setCategory] = useState<string>(filter.environmentalCategory ?? "");
  const [sort, setSort] = useState<string>(filter.sort ?? "DUE_AT");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: InboxFilter = { tab: filter.tab, page: 0 };
    if (isCaseStage(stage)) next.stage = stage;
    if (reference.trim()) next.reference = reference.trim();
    if (investor.trim().length >= 2) next.investor = investor.trim();
    if (category) next.environmentalCategory = category as EnvironmentalCategory;
    if (sort !== "DUE_AT") next.sort = sort as Sort;
    onApply(next);
  };
  return (
    <form className="filters" noValidate onSubmit={submit} aria-label={t("work.inbox.filtersLabel")} role="search">
      <SelectField
        path="filter.stage"
        label={t("work.inbox.filter.stage")}
        value={stage}
        onChange={setStage}
        options={[{ value: "", label: t("work.inbox.filter.anyStage") }, ...CASE_STAGES.map((s: CaseStage) => ({ value: s, label: enumLabel(t, "stage", s) }))]}
      />
      <TextField path="filter.reference" label={t("work.inbox.filter.reference")} value={reference} onChange={setReference} width="10" spellCheck={false} />
      <TextField path="filter.investor" label={t("work.inbox.filter.investor")} hint={t("work.inbox.filter.investorHint")} value={investor} onChange={setInvestor} width="20" />
      <SelectField
        path="filter.environmentalCategory"
        label={t("work.inbox.filter.category")}
        value={category}
        onChange={setCategory}
        options={[{ value: "", label: t("work.inbox.filter.anyCategory") }, ...ENVIRONMENTAL_CATEGORIES.map((c) => ({ value: c, label: enumLabel(t, "environmentalCategory", c) }))]}
      />
      <SelectField path="filter.sort" label={t("work.inbox.filter.sort")} value={sort} onChange={setSort} options={SORTS.map((s) => ({ value: s, label: t(`work.inbox.sort.${s}`) }))} />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("work.inbox.filter.apply")}
        </button>
        <Link to="?" className="button button--secondary" onClick={() => onApply({ tab: filter.tab, page: 0 })}>
          {t("work.inbox.filter.clear")}
        </Link>
      </div>
    </form>
  );
}

export function AssigneeText({ task, me }: { task: Task; me: string | undefined }) {
  const { t } = useT();
  if (!task.assignee) return <span className="tag tag--unclaimed">{t("work.task.unclaimed")}</span>;
  if (task.assignee === me) return <strong>{t("work.task.me")}</strong>;
  return <span>{t("work.task.claimedByOther")}</span>;
}

export function DueText({ task }: { task: Task }) {
  const { t, lang } = useT();
  if (!task.dueAt) return <span className="muted">{t("work.task.noDue")}</span>;
  return (
    <span>
      {formatDateTime(task.dueAt, lang)}
      {task.overdue && (
        <>
          {" "}
          <strong className="tag tag--overdue">{t("work.task.overdue")}</strong>
        </>
      )}
    </span>
  );
}

function ClaimButton({ task }: { task: Task }) {
  const { t } = useT();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claim = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(licensingApi.POST("/tasks/{id}/claim", { params: { path: { id: task.id ?? "" } } }));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t("work.task.claimConflict") : e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : t("errors.network"));
    } finally {
      setBusy(false);
      await invalidateTask(client, task.id ?? "");
    }
  };
  return (
    <>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void claim()}>
        {t("work.task.claim")}
        <span className="visually-hidden"> {task.reference}</span>
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function TaskTable({ tasks, me }: { tasks: Task[]; me: string | undefined }) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="table table--responsive">
        <caption className="visually-hidden">{t("work.inbox.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("work.col.reference")}</th>
            <th scope="col">{t("work.col.project")}</th>
            <th scope="col">{t("work.col.stage")}</th>
            <th scope="col">{t("work.col.category")}</th>
            <th scope="col">{t("work.col.due")}</th>
            <th scope="col">{t("work.col.assignee")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("work.col.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className={task.overdue ? "row--overdue" : undefined}>
              <th scope="row" data-label={t("work.col.reference")}>
                <Link to={`/inbox/tasks/${task.id ?? ""}`}>{task.reference}</Link>
              </th>
              <td data-label={t("work.col.project")}>
                {task.projectName}
                <br />
                <span className="muted">{task.investorName}</span>
              </td>
              <td data-label={t("work.col.stage")}>{enumLabel(t, "stage", task.stage)}</td>
              <td data-label={t("work.col.category")}>{enumLabel(t, "environmentalCategory", task.environmentalCategory)}</td>
              <td data-label={t("work.col.due")}>
                <DueText task={task} />
              </td>
              <td data-label={t("work.col.assignee")}>
                <AssigneeText task={task} me={me} />
              </td>
              <td data-label={t("work.col.actions")}>{!task.assignee && <ClaimButton task={task} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The officials' inbox: tabs with counts, filters, the tasks by due date, a page at a time. */
export function InboxPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const tasks = useTasks(filter);
  const live = useInboxLive();
  const session = useSession();
  const me = useOfficialMe().data?.subject;
  const go = (next: InboxFilter) => setParams(paramsOf(next));
  const tabHref = (tab: Tab) => `?${new URLSearchParams(paramsOf({ ...filter, tab, page: 0 })).toString()}`;
  return (
    <Page title={t("work.inbox.title")} lead={<p>{t("work.inbox.lead", { name: session.data?.name ?? session.data?.username ?? "" })}</p>} wide>
      <Tabs filter={filter} onTab={tabHref} />
      <Filters key={params.toString()} filter={filter} onApply={go} />
      <QueryView query={tasks}>
        {(page) => (
          <>
            <p role="status" className="result-count">
              {t("work.inbox.showing", { count: page.totalItems ?? 0 })}
            </p>
            <p className="muted" id="inbox-freshness">
              {live ? t("work.inbox.live") : t("work.inbox.polled")}
            </p>
            {(page.items ?? []).length === 0 ? <p>{t(`work.inbox.empty.${filter.tab}`)}</p> : <TaskTable tasks={page.items ?? []} me={me} />}
            <Pager page={filter.page} totalPages={page.totalPages ?? 1} onPage={(p) => go({ ...filter, page: p })} label={t("work.inbox.pagerLabel")} />
          </>
        )}
      </QueryView>
    </Page>
  );
}
