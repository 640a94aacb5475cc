import { useQueries, useQuery, type QueryClient } from "@tanstack/react-query";
import { investorApi, licensingApi } from "./clients";
import { ApiError, call, callOrNull } from "./problem";

/** Query keys, one per resource; everything about one application sits under ["application", id]. */
export const keys = {
  me: ["investor", "me"] as const,
  applications: (page: number, status?: string) => ["applications", page, status ?? "ALL"] as const,
  application: (id: string) => ["application", id] as const,
  sub: (id: string, what: "timeline" | "documents" | "receipt" | "supplement" | "refusal" | "apology" | "licence") =>
    ["application", id, what] as const,
  notifications: (page: number) => ["notifications", page] as const,
};

/** Client errors do not get better by retrying; server and network errors get two more tries. */
export function retry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) {
    return false;
  }
  return failures < 2;
}

const path = (id: string) => ({ params: { path: { id } } });

/** My investor record; null when I have not registered yet (404). */
export function useMe(options: { pollWhilePendingMs?: number } = {}) {
  const every = options.pollWhilePendingMs;
  return useQuery({
    queryKey: keys.me,
    queryFn: () => callOrNull(investorApi.GET("/investors/me")),
    refetchInterval: every ? (query) => (query.state.data?.status === "PENDING_VERIFICATION" ? every : false) : false,
  });
}

export function useApplications(page: number, size: number, status?: string) {
  return useQuery({
    queryKey: keys.applications(page, status),
    queryFn: () =>
      call(licensingApi.GET("/applications", { params: { query: status ? { page, size, status } : { page, size } } })),
    placeholderData: (previous) => previous,
  });
}

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: keys.application(id ?? ""),
    queryFn: () => call(licensingApi.GET("/applications/{id}", path(id ?? ""))),
    enabled: Boolean(id),
  });
}

const timelineQuery = (id: string) => ({
  queryKey: keys.sub(id, "timeline"),
  queryFn: () => call(licensingApi.GET("/applications/{id}/timeline", path(id))),
});

export function useTimeline(id: string, enabled = true) {
  return useQuery({ ...timelineQuery(id), enabled });
}

/** Timelines of the applications on the visible page only. */
export function useTimelines(ids: string[]) {
  return useQueries({ queries: ids.map((id) => timelineQuery(id)) });
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: keys.sub(id, "documents"),
    queryFn: () => call(licensingApi.GET("/applications/{id}/documents", path(id))),
  });
}

export function useReceipt(id: string) {
  return useQuery({
    queryKey: keys.sub(id, "receipt"),
    queryFn: () => call(licensingApi.GET("/applications/{id}/receipt", path(id))),
  });
}

export function useSupplementRequest(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.sub(id, "supplement"),
    queryFn: () => callOrNull(licensingApi.GET("/applications/{id}/supplement-request", path(id))),
    enabled,
  });
}

export function useRefusal(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.sub(id, "refusal"),
    queryFn: () => callOrNull(licensingApi.GET("/applications/{id}/refusal", path(id))),
    enabled,
  });
}

export function useApology(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.sub(id, "apology"),
    queryFn: () => callOrNull(licensingApi.GET("/applications/{id}/apology", path(id))),
    enabled,
  });
}

const licenceQuery = (id: string) => ({
  queryKey: keys.sub(id, "licence"),
  queryFn: () => callOrNull(licensingApi.GET("/applications/{id}/licence", path(id))),
});

export function useLicence(id: string, enabled = true) {
  return useQuery({ ...licenceQuery(id), enabled });
}

export function useLicences(ids: string[]) {
  return useQueries({ queries: ids.map((id) => licenceQuery(id)) });
}

export function useNotifications(page: number, size: number, enabled = true) {
  return useQuery({
    queryKey: keys.notifications(page),
    queryFn: () => call(licensingApi.GET("/notifications", { params: { query: { page, size } } })),
    enabled,
    refetchInterval: 60_000,
  });
}

/** After a change to one application: its resources and every list that shows it. */
export async function invalidateApplication(client: QueryClient, id: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: keys.application(id) }),
    client.invalidateQueries({ queryKey: ["applications"] }),
    client.invalidateQueries({ queryKey: ["notifications"] }),
  ]);
}
