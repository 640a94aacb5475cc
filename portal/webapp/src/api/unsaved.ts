/**
 * What the user typed and has not saved yet, kept across a sign-in round trip: when the session
 * expires, every open form's input is written to sessionStorage under its page (path + search)
 * before the browser goes to the login page, and the form restores it when the page opens again.
 */
export type Values = Record<string, string>;
type Snapshot = () => Values | null;

const PREFIX = "onestop.unsaved:";
const snapshots = new Map<string, Snapshot>();

export function currentPageKey(): string {
  return window.location.pathname + window.location.search;
}

/** Registers a form's unsaved input (null when nothing is unsaved); returns the unregistration. */
export function registerUnsaved(pageKey: string, snapshot: Snapshot): () => void {
  snapshots.set(pageKey, snapshot);
  return () => {
    if (snapshots.get(pageKey) === snapshot) {
      snapshots.delete(pageKey);
    }
  };
}

/** Writes every registered form's unsaved input to storage. */
export function preserveUnsaved(storage: Storage = sessionStorage): void {
  for (const [pageKey, snapshot] of snapshots) {
    const values = snapshot();
    if (values) {
      storage.setItem(PREFIX + pageKey, JSON.stringify(values));
    }
  }
}

/** The input saved for a page, if any (left in storage until discardUnsaved). */
export function peekUnsaved(pageKey: string, storage: Storage = sessionStorage): Values | null {
  const raw = storage.getItem(PREFIX + pageKey);
  if (!raw) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return null;
    }
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    return null;
  }
}

export function discardUnsaved(pageKey: string, storage: Storage = sessionStorage): void {
  storage.removeItem(PREFIX + pageKey);
}

/** Forgets every page's unsaved input: on sign-out, so the next user of this tab never sees it. */
export function discardAllUnsaved(storage: Storage = sessionStorage): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) {
      storage.removeItem(key);
    }
  }
}
