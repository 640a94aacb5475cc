/**
 * The Idempotency-Key of a draft's submission: generated once per draft and kept in
 * sessionStorage, so a retry (a lost answer, a reload) reuses it and the service submits once.
 */
const key = (applicationId: string) => `onestop.idempotency:${applicationId}`;

export function submissionKey(applicationId: string, storage: Storage = sessionStorage): string {
  const existing = storage.getItem(key(applicationId));
  if (existing) return existing;
  const created = crypto.randomUUID();
  storage.setItem(key(applicationId), created);
  return created;
}

export function forgetSubmissionKey(applicationId: string, storage: Storage = sessionStorage): void {
  storage.removeItem(key(applicationId));
}
