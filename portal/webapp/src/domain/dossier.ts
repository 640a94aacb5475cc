import type { SectionStatus } from "./sections";
import type { DocumentType, DossierDocument, DossierSlots } from "./types";

export interface SlotDocuments {
  current?: DossierDocument;
  /** Older versions, newest first. */
  previous: DossierDocument[];
}

/** Every version the service lists, grouped by document type: the current one and the older ones. */
export function byType(documents: DossierDocument[]): Map<DocumentType, SlotDocuments> {
  const slots = new Map<DocumentType, SlotDocuments>();
  const newestFirst = [...documents].sort((a, b) => (b.uploadedAt ?? "").localeCompare(a.uploadedAt ?? ""));
  for (const d of newestFirst) {
    if (!d.type) continue;
    const slot = slots.get(d.type) ?? { previous: [] };
    if (d.current && !slot.current) slot.current = d;
    else slot.previous.push(d);
    slots.set(d.type, slot);
  }
  return slots;
}

/** Completed when every required slot has a file (or, while the service does not say, any file). */
export function dossierStatus(slots: DossierSlots, documents: DossierDocument[]): SectionStatus {
  const uploaded = new Set(documents.filter((d) => d.current && d.type).map((d) => d.type));
  if (uploaded.size === 0) return "notStarted";
  if (!slots.known) return "inProgress";
  return slots.required.every((t) => uploaded.has(t)) ? "completed" : "inProgress";
}
