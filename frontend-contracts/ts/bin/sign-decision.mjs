#!/usr/bin/env node
// Signs a decision document with the TypeScript contract (dist/signing.js), for the end-to-end
// suite's cross-language check and for people scripting officials' clients:
//   node bin/sign-decision.mjs <pkcs8-private-key.pem> <ES256|PS256|RS256> <x5c base64 DER>... < document
// Prints the detached compact JWS that POST /tasks/{id}/completion takes.
import { readFileSync } from "node:fs";
import { importPKCS8 } from "jose";
import { signDecision } from "../dist/signing.js";

const [keyFile, alg, ...chain] = process.argv.slice(2);
if (!keyFile || !alg || chain.length === 0) {
  console.error("usage: sign-decision.mjs <key.pem> <alg> <x5c>... < document");
  process.exit(2);
}
const key = await importPKCS8(readFileSync(keyFile, "utf8"), alg);
const document = readFileSync(0, "utf8");
process.stdout.write(await signDecision(document, key, chain, alg));
