/**
 * What signs an official's decisions. The workspace knows only this interface: today a key made
 * and kept by the browser (BrowserKeySigner); next, a local agent that signs with the PKCS#11 USB
 * token a Vietnamese CA issued (see portal/README.md, "Signing"). Each signer produces the same
 * detached JWS with the certificate chain in x5c that licensing-service verifies.
 */
export interface Signer {
  /** Where the key lives, for the page to say so. */
  readonly kind: "browser-key";
  /** Whether there is a key, and whether the CA's certificate for it is installed. */
  state(): Promise<SignerState>;
  /** Makes a new key (replacing any other) and returns its PKCS#10 request, PEM. */
  newKey(): Promise<string>;
  /** The PKCS#10 request of the current key, while it waits for its certificate. */
  certificateRequest(): Promise<string | undefined>;
  /** Installs the chain the CA issued for the current key (base64 DER, the key's own first). */
  installChain(chain: string[]): Promise<void>;
  /** Signs the decision document's canonical text: detached compact JWS (`header..signature`). */
  sign(canonical: string): Promise<string>;
}

export type SignerState =
  | { kind: "none" }
  | { kind: "awaitingCertificate"; createdAt: string }
  | { kind: "ready"; createdAt: string; chain: string[] };

export class SignerError extends Error {
  readonly reason: "noKey" | "noCertificate" | "wrongCertificate" | "unsupported";

  constructor(reason: SignerError["reason"], message: string) {
    super(message);
    this.name = "SignerError";
    this.reason = reason;
  }
}
