// Typed clients of the two services, generated from the committed OpenAPI documents: every path,
// parameter, body and response is checked by the compiler against the contract.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as InvestorPaths } from "./generated/investor-service.js";
import type { paths as LicensingPaths } from "./generated/licensing-service.js";

export type { Middleware } from "openapi-fetch";
export type { components as InvestorSchemas } from "./generated/investor-service.js";
export type { components as LicensingSchemas } from "./generated/licensing-service.js";

/** An RFC 9457 problem, as every error response of both services is. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

/** Where a client finds the service, and how it proves who calls. */
export interface ClientOptions {
  /**
   * The caller's current access token (an OIDC login held by the client itself). Leave it out
   * behind a backend-for-frontend that adds the token on the server, as the portal does.
   */
  token?: () => string | Promise<string>;
  /** Run on every request and response, in order (headers, session expiry, telemetry). */
  middleware?: Middleware[];
}

/** Sends the caller's current access token with every request. */
function bearer(token: () => string | Promise<string>): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await token()}`);
      return request;
    },
  };
}

function options(tokenOrOptions?: ClientOptions | (() => string | Promise<string>)): ClientOptions {
  return typeof tokenOrOptions === "function" ? { token: tokenOrOptions } : (tokenOrOptions ?? {});
}

function configure<C extends { use(...m: Middleware[]): void }>(client: C, opts: ClientOptions): C {
  if (opts.token) {
    client.use(bearer(opts.token));
  }
  for (const m of opts.middleware ?? []) {
    client.use(m);
  }
  return client;
}

/** investor-service at baseUrl (an absolute URL, or a path such as "/api/investor"). */
export function investorService(
  baseUrl: string,
  tokenOrOptions?: ClientOptions | (() => string | Promise<string>),
) {
  return configure(createClient<InvestorPaths>({ baseUrl }), options(tokenOrOptions));
}

/** licensing-service at baseUrl (an absolute URL, or a path such as "/api/licensing"). */
export function licensingService(
  baseUrl: string,
  tokenOrOptions?: ClientOptions | (() => string | Promise<string>),
) {
  return configure(createClient<LicensingPaths>({ baseUrl }), options(tokenOrOptions));
}
