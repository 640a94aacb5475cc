// Validates Kubernetes objects (a multi-document YAML on stdin, as `kubectl kustomize` prints
// it) against the Kubernetes API's JSON schemas through kubernetes-models. Custom resources
// without a published model (CloudNativePG, the Keycloak operator) are listed as not checked;
// deploy's ManifestsTest checks their content. Exit status 1 when an object is invalid.
import { parseAllDocuments } from "yaml";
import { readFileSync } from "node:fs";

const objects = parseAllDocuments(readFileSync(0, "utf8")).map((d) => d.toJS());
let valid = 0;
let invalid = 0;
const unchecked = [];
for (const object of objects) {
  const name = `${object.kind}/${object.metadata?.name}`;
  let models;
  try {
    models = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    unchecked.push(`${object.apiVersion} ${name}`);
    continue;
  }
  const Model = models[object.kind];
  if (!Model) {
    unchecked.push(`${object.apiVersion} ${name}`);
    continue;
  }
  try {
    new Model(object).validate();
    valid++;
  } catch (error) {
    invalid++;
    console.log(`INVALID ${name}: ${error.message}`);
  }
}
console.log(`valid ${valid}, invalid ${invalid}, without a schema: ${unchecked.join(", ")}`);
process.exit(invalid === 0 ? 0 : 1);
