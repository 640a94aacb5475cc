import type { Session } from "../api/session";

/** The realm roles that work the inbox; an agency official also holds an agency-<code> role. */
export const OFFICIAL_ROLES = ["reception", "environment", "appraisal", "approver", "agency"] as const;

export function isOfficial(session: Session | undefined): boolean {
  return (session?.roles ?? []).some((r) => (OFFICIAL_ROLES as readonly string[]).includes(r));
}

export function isReception(session: Session | undefined): boolean {
  return (session?.roles ?? []).includes("reception");
}

export function isAdministrator(session: Session | undefined): boolean {
  return (session?.roles ?? []).includes("administrator");
}

export function isAuditor(session: Session | undefined): boolean {
  return (session?.roles ?? []).includes("auditor");
}

export function isInvestor(session: Session | undefined): boolean {
  return (session?.roles ?? []).includes("investor");
}

/** Where a signed-in user's work starts. */
export function homeOf(session: Session | undefined): string {
  if (isInvestor(session)) return "/dashboard";
  if (isOfficial(session)) return "/inbox";
  if (isAuditor(session)) return "/audit";
  if (isAdministrator(session)) return "/admin/certificates";
  return "/";
}

/**
 * The agencies an appraiser can consult: each is a realm role agency-<code> whose officials answer
 * in their own inbox. The demo realm has agency-moit; add an agency here and in the realm together.
 */
export const AGENCIES = ["agency-moit"] as const;
