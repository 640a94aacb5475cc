// A detached JWS from signDecision verifies over exactly the canonical bytes, and not over others.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compactVerify, generateKeyPair } from "jose";
import { canonical, signDecision } from "../dist/signing.js";

test("signs the canonical document as a detached JWS with x5c", async () => {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const document = { outcome: "COMPLETE", caseReference: "HTP-2026-000001", comment: "Hồ sơ đầy đủ" };
  const jws = await signDecision(document, privateKey, ["MIIB"]);
  const [header, payload, signature] = jws.split(".");
  assert.equal(payload, "");
  const attached = `${header}.${Buffer.from(canonical(document)).toString("base64url")}.${signature}`;
  const { protectedHeader } = await compactVerify(attached, publicKey);
  assert.equal(protectedHeader.alg, "ES256");
  assert.deepEqual(protectedHeader.x5c, ["MIIB"]);
  const tampered = `${header}.${Buffer.from(canonical({ ...document, outcome: "REJECT" })).toString("base64url")}.${signature}`;
  await assert.rejects(compactVerify(tampered, publicKey));
});
