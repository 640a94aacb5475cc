import type { TFunction } from "i18next";
import type { Values } from "../../api/unsaved";
import { formatArea, formatCount, formatDate, formatMoney, type Lang } from "../../format/format";
import { enumLabel } from "../../forms/labels";

/** An answer as the check-answers page and the case summary show it. */
export function answerText(t: TFunction, lang: Lang, path: string, values: Values): string {
  const value = (values[path] ?? "").trim();
  if (!value) return "";
  switch (path) {
    case "landAreaM2":
      return /^\d+(\.\d+)?$/.test(value) ? formatArea(value, lang) : value;
    case "totalCapital.amount":
      return /^\d+(\.\d+)?$/.test(value) ? formatMoney(value, values["totalCapital.currency"] || "VND", lang) : value;
    case "plannedSchedule.constructionStart":
    case "plannedSchedule.operationStart":
      return formatDate(value, lang);
    case "expectedEmployees":
      return /^\d+$/.test(value) ? formatCount(Number(value), lang) : value;
    case "environmentalCategory":
      return enumLabel(t, "environmentalCategory", value);
    default:
      return value;
  }
}
