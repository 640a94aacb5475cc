import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocation } from "react-router";
import { discardUnsaved, peekUnsaved, registerUnsaved, type Values } from "../api/unsaved";
import { errorModelOf, samePage, type HrefFor } from "./errorModel";

const differs = (a: Values, b: Values) => Object.keys({ ...a, ...b }).some((k) => (a[k] ?? "") !== (b[k] ?? ""));

/**
 * A form's values, keyed by API path. Unsaved input is offered to the session-expiry handler
 * (kept under this page across a sign-in) and restored when the page opens again.
 */
export function useForm(initial: Values) {
  const location = useLocation();
  const pageKey = location.pathname + location.search;
  const [restored] = useState(() => peekUnsaved(pageKey));
  const [values, setValues] = useState<Values>(() => ({ ...initial, ...(restored ?? {}) }));
  const latest = useRef(values);
  const saved = useRef(initial);
  latest.current = values;

  useEffect(() => {
    if (restored) discardUnsaved(pageKey);
  }, [pageKey, restored]);

  useEffect(() => registerUnsaved(pageKey, () => (differs(latest.current, saved.current) ? latest.current : null)), [pageKey]);

  const set = useCallback((path: string, value: string) => setValues((v) => ({ ...v, [path]: value })), []);
  const markSaved = useCallback(() => {
    saved.current = latest.current;
  }, []);

  /** Props for a field bound to `path`. */
  const bind = (path: string) => ({ path, value: values[path] ?? "", onChange: (v: string) => set(path, v) });

  return { values, set, bind, restored: restored !== null, markSaved };
}

/**
 * A submission that happens once per click, however fast the clicks: the button is disabled while
 * pending and a second submit before the first settles is ignored. Errors become an error model
 * (memoised, so the summary takes focus once per failure).
 */
export function useSubmit<TData, TVars>(options: UseMutationOptions<TData, Error, TVars>, hrefFor: HrefFor = samePage) {
  const mutation = useMutation(options);
  const busy = useRef(false);
  const { mutate } = mutation;
  const submit = useCallback(
    (vars: TVars) => {
      if (busy.current) return;
      busy.current = true;
      mutate(vars, {
        onSettled: () => {
          busy.current = false;
        },
      });
    },
    [mutate],
  );
  const errors = useMemo(() => errorModelOf(mutation.error, hrefFor), [mutation.error]);
  return { submit, pending: mutation.isPending, errors, mutation };
}

/** Focuses the element named by the URL's fragment once the page is ready (links from other pages). */
export function useFragmentFocus(ready: boolean): void {
  const location = useLocation();
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
  }, [ready, location.hash]);
}
