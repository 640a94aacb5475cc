import type { Middleware } from "@onestop/frontend-contracts";
import { currentPageKey, preserveUnsaved } from "./unsaved";

/** The backend-for-frontend refuses state-changing calls without it (its CSRF defence). */
export const REQUESTED_WITH = "onestop-portal";

/** Marks every request as the portal's own. */
export const requestedWith: Middleware = {
  onRequest({ request }) {
    request.headers.set("X-Requested-With", REQUESTED_WITH);
    return request;
  },
};

/**
 * Asks the services to explain refusals in the language the user chose on the page, not the
 * browser's: constraint messages come back in Vietnamese or English to match the labels beside them.
 */
export function inLanguage(current: () => string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Accept-Language", current() === "en" ? "en" : "vi");
      return request;
    },
  };
}

export function loginUrl(returnPath: string): string {
  return `/login?return=${encodeURIComponent(returnPath)}`;
}

export function signupUrl(returnPath: string): string {
  return `/signup?return=${encodeURIComponent(returnPath)}`;
}

export interface SessionExpiryEffects {
  /** Saves whatever the user typed and has not saved yet. */
  preserve(): void;
  /** Leaves the SPA for the sign-in page. */
  navigate(url: string): void;
  /** The page to come back to: path and search. */
  currentPath(): string;
}

const browser: SessionExpiryEffects = {
  preserve: () => preserveUnsaved(),
  navigate: (url) => window.location.assign(url),
  currentPath: currentPageKey,
};

/**
 * When the session has expired (401 from the backend-for-frontend), keeps the user's unsaved input
 * and signs in again, returning to the same page. Only the first 401 navigates.
 */
export function sessionExpiry(effects: SessionExpiryEffects = browser): Middleware {
  let leaving = false;
  return {
    onResponse({ response }) {
      if (response.status === 401 && !leaving) {
        leaving = true;
        effects.preserve();
        effects.navigate(loginUrl(effects.currentPath()));
      }
      return undefined;
    },
  };
}
