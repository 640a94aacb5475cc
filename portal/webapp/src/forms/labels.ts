import type { TFunction } from "i18next";
import { labelKey } from "./fieldPath";

/** The translated label of a server field path; document slots use their document type's name. */
export function fieldLabel(t: TFunction, path: string): string {
  if (path.startsWith("documents.")) {
    return t(`documentType.${path.slice("documents.".length)}`, { defaultValue: path });
  }
  return t(`field.${labelKey(path)}`, { defaultValue: path });
}

/** A translated enum value, or the value itself when the catalogue does not know it. */
export function enumLabel(t: TFunction, group: string, value: string | undefined): string {
  if (!value) return "";
  return t(`${group}.${value}`, { defaultValue: value });
}
