import { BrowserKeySigner } from "./browserKey";
import type { Signer } from "./Signer";

export type { Signer, SignerState } from "./Signer";
export { SignerError } from "./Signer";

/**
 * The signer of an account. The seam for a second implementation (a local agent for PKCS#11 USB
 * tokens) is here: choose it by the official's setting and return it instead; nothing else changes.
 */
export function signerFor(account: string): Signer {
  return new BrowserKeySigner(account);
}
