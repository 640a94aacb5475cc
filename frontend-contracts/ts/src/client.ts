// Typed clients of the two services, generated from the committed OpenAPI documents: every path,
// parameter, body and response is checked by the compiler against the contract.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as InvestorPaths } from "./generated/investor-service.js";
import type { paths as LicensingPaths } from "./generated/licensing-service.js";

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

/** Sends the caller's current access token (from the OIDC login) with every request. */
function bearer(token: () => string | Promise<string>): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await token()}`);
      return request;
    },
  };
}

export function investorService(baseUrl: string, token: () => string | Promise<string>) {
  const client = createClient<InvestorPaths>({ baseUrl });
  client.use(bearer(token));
  return client;
}

export function licensingService(baseUrl: string, token: () => string | Promise<string>) {
  const client = createClient<LicensingPaths>({ baseUrl });
  client.use(bearer(token));
  return client;
}
