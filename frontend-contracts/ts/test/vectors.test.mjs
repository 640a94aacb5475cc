// The TypeScript half of the canonicalization contract: every shared vector, byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { canonical } from "../dist/signing.js";

const { vectors } = JSON.parse(readFileSync(new URL("../../vectors/canonicalization.json", import.meta.url), "utf8"));

for (const vector of vectors) {
  test(vector.name, () => {
    const produced = canonical(JSON.parse(vector.input));
    assert.deepEqual(Buffer.from(produced, "utf8"), Buffer.from(vector.expected, "utf8"));
  });
}
