import { useQuery } from "@tanstack/react-query";
import { REQUESTED_WITH } from "./middleware";

/** Who is signed in, as the backend-for-frontend says (it holds the tokens, never the SPA). */
export interface Session {
  authenticated: boolean;
  username?: string;
  name?: string;
  email?: string;
  roles: string[];
}

export function parseSession(body: unknown): Session {
  if (typeof body !== "object" || body === null) {
    return { authenticated: false, roles: [] };
  }
  const b = body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const session: Session = {
    authenticated: b.authenticated === true,
    roles: Array.isArray(b.roles) ? b.roles.filter((r): r is string => typeof r === "string") : [],
  };
  const username = text(b.username);
  const name = text(b.name);
  const email = text(b.email);
  if (username) session.username = username;
  if (name) session.name = name;
  if (email) session.email = email;
  return session;
}

/** The backend-for-frontend's own endpoint (not a service API, so not in the typed clients). */
async function fetchSession(): Promise<Session> {
  const response = await fetch("/api/session", {
    headers: { Accept: "application/json", "X-Requested-With": REQUESTED_WITH },
    credentials: "same-origin",
  });
  // A session that cannot be read any more is no session: sign in again.
  if (response.status === 401) {
    return { authenticated: false, roles: [] };
  }
  if (!response.ok) {
    throw new Error(`Session check failed with ${response.status}`);
  }
  return parseSession(await response.json());
}

export function useSession() {
  return useQuery({ queryKey: ["session"], queryFn: fetchSession, staleTime: 60_000 });
}
