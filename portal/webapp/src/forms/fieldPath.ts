/**
 * The server names invalid fields by their JSON path: `legalName`, `identityDocument.number`,
 * `registeredAddress.city`, `location.park`, `totalCapital.amount`, `documents.LAND_USE`,
 * `items[2].name`. Each input's id is derived from that path by one rule, so an error links to its
 * input without a table: "field-" + the path with dots and brackets turned into dashes.
 */
export function fieldId(path: string): string {
  const tail = path
    .trim()
    .replace(/\[(\d+)\]/g, "-$1")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return tail ? `field-${tail}` : "field";
}

/** The id of a field's error message, for aria-describedby. */
export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** The id of a field's hint, for aria-describedby. */
export function hintId(path: string): string {
  return `${fieldId(path)}-hint`;
}

/** The catalogue key suffix of a field's label: dots become underscores ("identityDocument_number"). */
export function labelKey(path: string): string {
  return path.replace(/\[\d+\]/g, "").replace(/\./g, "_");
}
