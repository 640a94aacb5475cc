import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { REQUESTED_WITH } from "./middleware";
import { investorApi, licensingApi } from "./clients";
import { ApiError, call, toProblem } from "./problem";
import type { CaseStage, EnvironmentalCategory, InvestorStatus } from "../domain/types";

/** The inbox's tabs: each is one filter of GET /tasks, with its count from GET /tasks/counts. */
export const TABS = ["mine", "unclaimed", "overdue", "soon", "all"] as const;
export type Tab = (typeof TABS)[number];

/** "Due soon" means within this many working days (the office's rule of thumb). */
export const DUE_SOON_WORKING_DAYS = 2;

export interface InboxFilter {
  tab: Tab;
  stage?: CaseStage;
  reference?: string;
  investor?: string;
  environmentalCategory?: EnvironmentalCategory;
  sort?: "DUE_AT" | "DUE_AT_DESC" | "CREATED_AT" | "CREATED_AT_DESC";
  page: number;
}

export const PAGE_SIZE = 20;

/** The other filters, shared by the list and the counts. */
function common(filter: InboxFilter) {
  return {
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.reference ? { reference: filter.reference } : {}),
    ...(filter.investor ? { investor: filter.investor } : {}),
    ...(filter.environmentalCategory ? { environmentalCategory: filter.environmentalCategory } : {}),
  };
}

export function inboxQuery(filter: InboxFilter) {
  const tab = {
    mine: { assignee: "ME" as const },
    unclaimed: { assignee: "UNASSIGNED" as const },
    overdue: { overdue: true },
    soon: { dueWithin: DUE_SOON_WORKING_DAYS },
    all: {},
  }[filter.tab];
  return { ...common(filter), ...tab, ...(filter.sort ? { sort: filter.sort } : {}), page: filter.page, size: PAGE_SIZE };
}

export const workKeys = {
  tasks: (filter: InboxFilter) => ["tasks", "list", filter] as const,
  counts: (filter: InboxFilter) => ["tasks", "counts", common(filter)] as const,
  task: (id: string) => ["tasks", "one", id] as const,
  signedDecisions: (applicationId: string) => ["application", applicationId, "signed-decisions"] as const,
  myCertificates: ["officials", "me", "certificates"] as const,
  certificates: (page: number) => ["certificates", page] as const,
  enrolment: ["enrolment"] as const,
  officials: (group: string) => ["officials", group] as const,
  investors: (filter: InvestorFilter) => ["investors", "list", filter] as const,
  investor: (id: string) => ["investors", "one", id] as const,
  pendingInvestors: ["investors", "pending"] as const,
};

/** Reception's register of investor records: by status (pending first of all) and name. */
export interface InvestorFilter {
  status?: InvestorStatus;
  name?: string;
  page: number;
}

export function useInvestors(filter: InvestorFilter) {
  return useQuery({
    queryKey: workKeys.investors(filter),
    queryFn: () =>
      call(
        investorApi.GET("/investors", {
          params: { query: { ...(filter.status ? { status: filter.status } : {}), ...(filter.name ? { name: filter.name } : {}), page: filter.page, size: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInvestor(id: string) {
  return useQuery({
    queryKey: workKeys.investor(id),
    queryFn: () => call(investorApi.GET("/investors/{id}", { params: { path: { id } } })),
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
  });
}

/** Polled like the inbox's counts: reception's badge for records waiting to be verified. */
export function usePendingInvestorCount() {
  return useQuery({
    queryKey: workKeys.pendingInvestors,
    queryFn: async () => (await call(investorApi.GET("/investors", { params: { query: { status: "PENDING_VERIFICATION", size: 1 } } }))).totalItems ?? 0,
    refetchInterval: 30_000,
  });
}

/*
 * The push channel: GET /tasks/events through the portal, opened once per page by the navigation.
 * Each change refreshes the inbox's lists and counts at once, and while the stream is open polling
 * is only a safety net. Where the stream cannot open or breaks (a proxy that buffers, an ended
 * session), the 30-second polling carries on as before.
 */
let live = false;
const liveListeners = new Set<() => void>();

function setLive(next: boolean) {
  if (live === next) return;
  live = next;
  liveListeners.forEach((listener) => listener());
}

/** Whether the inbox is being pushed to this page right now. */
export function useInboxLive(): boolean {
  return useSyncExternalStore(
    (listener) => {
      liveListeners.add(listener);
      return () => liveListeners.delete(listener);
    },
    () => live,
  );
}

export function useInboxEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return undefined;
    const source = new EventSource("/api/licensing/tasks/events");
    source.addEventListener("ready", () => setLive(true));
    source.addEventListener("task", () => {
      void client.invalidateQueries({ queryKey: ["tasks", "list"] });
      void client.invalidateQueries({ queryKey: ["tasks", "counts"] });
    });
    // The browser reconnects by itself (the stream ends when the token does); meanwhile, poll.
    source.onerror = () => setLive(false);
    return () => {
      source.close();
      setLive(false);
    };
  }, [client]);
}

const POLL_MS = 30_000;
const POLL_WHILE_LIVE_MS = 300_000;

export function useTasks(filter: InboxFilter) {
  const pushed = useInboxLive();
  return useQuery({
    queryKey: workKeys.tasks(filter),
    queryFn: () => call(licensingApi.GET("/tasks", { params: { query: inboxQuery(filter) } })),
    placeholderData: keepPreviousData,
    refetchInterval: pushed ? POLL_WHILE_LIVE_MS : POLL_MS,
  });
}

/** The badge and the tabs' counts follow what enters the groups' inbox: pushed, or polled. */
export function useTaskCounts(filter: InboxFilter = { tab: "all", page: 0 }) {
  const pushed = useInboxLive();
  return useQuery({
    queryKey: workKeys.counts(filter),
    queryFn: () =>
      call(licensingApi.GET("/tasks/counts", { params: { query: { ...common(filter), dueWithin: DUE_SOON_WORKING_DAYS } } })),
    refetchInterval: pushed ? POLL_WHILE_LIVE_MS : POLL_MS,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: workKeys.task(id),
    queryFn: () => call(licensingApi.GET("/tasks/{id}", { params: { path: { id } } })),
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
  });
}

export function useSignedDecisions(applicationId: string | undefined) {
  return useQuery({
    queryKey: workKeys.signedDecisions(applicationId ?? ""),
    queryFn: () => call(licensingApi.GET("/applications/{id}/signed-decisions", { params: { path: { id: applicationId ?? "" } } })),
    enabled: Boolean(applicationId),
  });
}

export function useMyCertificates() {
  return useQuery({
    queryKey: workKeys.myCertificates,
    queryFn: () => call(licensingApi.GET("/officials/me/certificates")),
  });
}

export function useOfficials(group: string, enabled: boolean) {
  return useQuery({
    queryKey: workKeys.officials(group),
    queryFn: () => call(licensingApi.GET("/officials", { params: { query: { group, size: 200 } } })),
    enabled,
  });
}

/** Whether this portal runs a demo CA (the local suite) or officials go to the office's CA. */
export function useEnrolment() {
  return useQuery({
    queryKey: workKeys.enrolment,
    queryFn: async () => {
      const response = await fetch("/api/enrolment", { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) throw new ApiError(response.status, toProblem(null, response.status));
      const body = (await response.json()) as { demoCertificateAuthority?: unknown };
      return { demoCertificateAuthority: body.demoCertificateAuthority === true };
    },
    staleTime: Infinity,
  });
}

/** The demo CA's answer to a PKCS#10 request: the chain to register. */
export async function requestDemoCertificate(certificateRequest: string): Promise<string[]> {
  const response = await fetch("/api/enrolment/certificate", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "X-Requested-With": REQUESTED_WITH },
    credentials: "same-origin",
    body: JSON.stringify({ certificateRequest }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, toProblem(body, response.status));
  const chain = (body as { certificateChain?: unknown }).certificateChain;
  if (!Array.isArray(chain) || !chain.every((c) => typeof c === "string")) {
    throw new ApiError(502, { type: "about:blank", title: "", status: 502 });
  }
  return chain as string[];
}

/**
 * The caller's entry in the officials' directory. Reading it records the sign-in (PUT, idempotent)
 * with the token's groups, once per page load; its subject is what tasks name as their assignee.
 */
export function useOfficialMe(enabled = true) {
  return useQuery({
    queryKey: ["officials", "me"],
    queryFn: () => call(licensingApi.PUT("/officials/me")),
    staleTime: Infinity,
    enabled,
  });
}

export async function invalidateTask(client: QueryClient, taskId: string, applicationId?: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: ["tasks"] }),
    client.invalidateQueries({ queryKey: workKeys.task(taskId) }),
    applicationId ? client.invalidateQueries({ queryKey: ["application", applicationId] }) : Promise.resolve(),
  ]);
}
