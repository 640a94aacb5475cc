import type { Problem } from "@onestop/frontend-contracts";

export type { Problem };

/** A refused API call: its HTTP status and the RFC 9457 problem the service answered. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fieldErrors(value: unknown): { field: string; message: string }[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  return value.filter(isRecord).map((e) => ({
    field: typeof e.field === "string" ? e.field : "",
    message: typeof e.message === "string" ? e.message : "",
  }));
}

/**
 * The problem in an error body, read defensively: a proxy or gateway may answer with HTML or
 * nothing, and then only the status is known (title stays empty; the page shows its own text).
 */
export function toProblem(body: unknown, status: number): Problem {
  if (!isRecord(body)) {
    return { type: "about:blank", title: "", status };
  }
  const problem: Problem = {
    type: typeof body.type === "string" ? body.type : "about:blank",
    title: typeof body.title === "string" ? body.title : "",
    status: typeof body.status === "number" ? body.status : status,
  };
  if (typeof body.detail === "string") problem.detail = body.detail;
  if (typeof body.instance === "string") problem.instance = body.instance;
  const errors = fieldErrors(body.errors);
  if (errors && errors.length > 0) problem.errors = errors;
  return problem;
}

/** What every typed-client call resolves to. */
interface Result<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The response body of a successful call; throws ApiError with the problem otherwise. */
export async function call<D>(request: Promise<Result<D>>): Promise<D> {
  const { data, error, response } = await request;
  if (!response.ok) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
  if (data === undefined) {
    throw new ApiError(response.status, { type: "about:blank", title: "", status: response.status });
  }
  return data;
}

/** Like call, but a 404 ("no such thing yet", e.g. no refusal for this case) resolves to null. */
export async function callOrNull<D>(request: Promise<Result<D>>): Promise<D | null> {
  try {
    return await call(request);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return null;
    }
    throw e;
  }
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

/** For calls answered 204 No Content: only the status matters. */
export async function callNoContent(request: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await request;
  if (!response.ok) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
}
