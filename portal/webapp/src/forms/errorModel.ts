import { ApiError, type Problem } from "../api/problem";
import { fieldId } from "./fieldPath";

/** One invalid field as the page shows it: next to its input and as a link in the summary. */
export interface FieldMessage {
  field: string;
  message: string;
  /** Where the summary's link goes: "#field-…" on this page, or another page of the flow. */
  href: string;
}

/** What an error summary shows for a refused request. */
export interface ErrorModel {
  /** "fields": the server listed invalid fields; "problem": only a title/detail; "network": no answer. */
  kind: "fields" | "problem" | "network";
  status?: number;
  title?: string;
  detail?: string;
  fields: FieldMessage[];
}

/** Where a field's error links: by default its input on the same page. */
export type HrefFor = (field: string) => string;

export const samePage: HrefFor = (field) => `#${fieldId(field)}`;

export function fromProblem(problem: Problem, hrefFor: HrefFor = samePage): ErrorModel {
  const fields = (problem.errors ?? []).map((e) => ({ field: e.field, message: e.message, href: hrefFor(e.field) }));
  const model: ErrorModel = { kind: fields.length > 0 ? "fields" : "problem", status: problem.status, fields };
  if (problem.title) model.title = problem.title;
  if (problem.detail) model.detail = problem.detail;
  return model;
}

/** The model of any failure of a mutation: a problem from the service, or no answer at all. */
export function errorModelOf(error: unknown, hrefFor: HrefFor = samePage): ErrorModel | null {
  if (!error) {
    return null;
  }
  if (error instanceof ApiError) {
    return fromProblem(error.problem, hrefFor);
  }
  return { kind: "network", fields: [] };
}

/** The message for one field (the first, if the server listed several). */
export function messageFor(model: ErrorModel | null | undefined, field: string): string | undefined {
  return model?.fields.find((f) => f.field === field)?.message;
}

/** The messages under a path prefix ("documents." → every document slot). */
export function messagesUnder(model: ErrorModel | null | undefined, prefix: string): FieldMessage[] {
  return model?.fields.filter((f) => f.field.startsWith(prefix)) ?? [];
}
