// The decision-signing contract, exactly as licensing-service verifies it: the document from
// POST /tasks/{id}/decision-document is signed as its RFC 8785 canonical UTF-8 bytes, in a
// detached compact JWS (ES256, PS256, or RS256 with a key of at least 3072 bits) carrying the
// signer's certificate chain in x5c; POST /tasks/{id}/completion takes {document, signature}.
import canonicalize from "canonicalize";
import { CompactSign, type CryptoKey, type KeyObject } from "jose";

export type Algorithm = "ES256" | "PS256" | "RS256";

/** RFC 8785 canonical form of a JSON value (keep numbers as strings: JCS reads them as doubles). */
export function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) {
    throw new Error("Not representable as JSON");
  }
  return text;
}

/**
 * Signs a decision document (the `canonical` text the service returned, or any JSON value, which
 * is canonicalized first) and returns the detached compact JWS: `header..signature`.
 */
export async function signDecision(
  document: string | object,
  key: CryptoKey | KeyObject,
  certificateChain: string[],
  alg: Algorithm = "ES256",
): Promise<string> {
  const text = typeof document === "string" ? document : canonical(document);
  const jws = await new CompactSign(new TextEncoder().encode(text))
    .setProtectedHeader({ alg, x5c: certificateChain })
    .sign(key);
  const [header, , signature] = jws.split(".");
  return `${header}..${signature}`;
}
