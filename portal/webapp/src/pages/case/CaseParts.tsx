import { Link } from "react-router";
import { nextAction } from "../../domain/nextAction";
import { timelineEntries, type Actor, type Entry } from "../../domain/timeline";
import { isDocumentType, type Application, type Timeline } from "../../domain/types";
import { formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";

export function StatusTag({ status }: { status: string | undefined }) {
  const { t } = useT();
  return <strong className={`tag tag--${status ?? ""}`}>{enumLabel(t, "applicationStatus", status)}</strong>;
}

/** "6 of 15 working days used", and "paused" while a supplement is owed. */
export function ClockText({ timeline }: { timeline: Timeline | undefined }) {
  const { t } = useT();
  const clock = timeline?.statutoryClock;
  if (!clock || clock.limitWorkingDays === undefined) return <span className="muted">{t("clock.none")}</span>;
  return (
    <span>
      {t("clock.used", { used: clock.workingDaysUsed ?? 0, limit: clock.limitWorkingDays })}
      {clock.paused && (
        <>
          {" "}
          <strong className="tag tag--paused">{t("clock.paused")}</strong>
        </>
      )}
    </span>
  );
}

export function ClockPanel({ timeline }: { timeline: Timeline }) {
  const { t, lang } = useT();
  const clock = timeline.statutoryClock;
  return (
    <section aria-labelledby="clock-title">
      <h2 id="clock-title">{t("clock.title")}</h2>
      <p>
        <ClockText timeline={timeline} />
      </p>
      {clock?.paused && <p>{t("clock.pausedExplained")}</p>}
      {timeline.appointmentDate && <p>{t("clock.appointment", { date: formatDate(timeline.appointmentDate, lang) })}</p>}
      {timeline.ruleSet && <p className="hint">{t("clock.ruleSet", { ruleSet: timeline.ruleSet })}</p>}
      {(clock?.pauses ?? []).length > 0 && (
        <table className="table">
          <caption>{t("clock.pausesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("clock.pauseFrom")}</th>
              <th scope="col">{t("clock.pauseUntil")}</th>
              <th scope="col">{t("clock.pauseStage")}</th>
            </tr>
          </thead>
          <tbody>
            {(clock?.pauses ?? []).map((p) => (
              <tr key={`${p.from ?? ""}-${p.stage ?? ""}`}>
                <td>{p.from ? formatDate(p.from, lang) : ""}</td>
                <td>{p.until ? formatDate(p.until, lang) : t("clock.stillPaused")}</td>
                <td>{enumLabel(t, "office", p.stage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** What the investor must do next: the dashboard's cell and the case page's panel. */
export function NextActionText({ application, timeline }: { application: Application; timeline: Timeline | undefined }) {
  const { t, lang } = useT();
  const id = application.id ?? "";
  const action = nextAction(application.status, timeline);
  switch (action.kind) {
    case "continueDraft":
      return (
        <Link to={`/applications/${id}/tasks`}>
          {t("next.continueDraft")}
          <span className="visually-hidden"> {application.reference}</span>
        </Link>
      );
    case "answerSupplement":
      return (
        <Link to={`/applications/${id}/supplement`}>
          {action.dueAt ? t("next.answerSupplementBy", { date: formatDateTime(action.dueAt, lang) }) : t("next.answerSupplement")}
          <span className="visually-hidden"> {application.reference}</span>
        </Link>
      );
    case "downloadLicence":
      return (
        <Link to={`/applications/${id}/licence`}>
          {t("next.downloadLicence")}
          <span className="visually-hidden"> {application.reference}</span>
        </Link>
      );
    case "officeWorking":
      return <span>{action.dueAt ? t("next.officeWorkingUntil", { date: formatDateTime(action.dueAt, lang) }) : t("next.officeWorking")}</span>;
    case "nothing":
      return <span className="muted">{t("next.nothing")}</span>;
  }
}

function actorLabel(t: ReturnType<typeof useT>["t"], actor: Actor): string {
  switch (actor.kind) {
    case "investor":
      return t("timeline.byInvestor");
    case "system":
      return t("timeline.bySystem");
    case "office":
      return enumLabel(t, "office", actor.stage);
  }
}

function EntryDetails({ entry }: { entry: Entry }) {
  const { t, lang } = useT();
  if (entry.kind === "decision") {
    return (
      <>
        {entry.comment && <p className="timeline__comment">{entry.comment}</p>}
        {entry.reasons.length > 0 && (
          <ul className="list list--bullet">
            {entry.reasons.map((r) => (
              <li key={`${r.document}:${r.reason}`}>
                {isDocumentType(r.document) ? enumLabel(t, "documentType", r.document) : r.document}: {r.reason}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const d = entry.details;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const facts: string[] = [];
  if (entry.action === "STAGE_STARTED" && text(d.dueAt)) facts.push(t("timeline.dueAt", { date: formatDateTime(text(d.dueAt), lang) }));
  if (entry.action === "SUPPLEMENT_REQUESTED" && text(d.answerDueAt)) facts.push(t("timeline.answerDueAt", { date: formatDateTime(text(d.answerDueAt), lang) }));
  if (entry.action === "APPLICATION_SUBMITTED" && text(d.appointmentDate)) facts.push(t("timeline.appointment", { date: formatDate(text(d.appointmentDate), lang) }));
  if (entry.action === "DOCUMENT_UPLOADED" && text(d.type)) facts.push(enumLabel(t, "documentType", text(d.type)));
  if (entry.action === "LICENCE_ISSUED" && text(d.certificateNumber)) facts.push(t("timeline.certificate", { number: text(d.certificateNumber) }));
  if (entry.action === "LAPSE_WARNING_SENT" && text(d.lapsesAt)) facts.push(t("timeline.lapsesAt", { date: formatDateTime(text(d.lapsesAt), lang) }));
  return facts.length > 0 ? <p className="timeline__facts">{facts.join(" · ")}</p> : null;
}

export function TimelineList({ timeline }: { timeline: Timeline }) {
  const { t, lang } = useT();
  const entries = timelineEntries(timeline);
  if (entries.length === 0) return <p className="muted">{t("timeline.empty")}</p>;
  return (
    <ol className="timeline">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} className="timeline__item">
          <p className="timeline__when">
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> · {actorLabel(t, e.actor)}
          </p>
          <p className="timeline__what">
            {e.kind === "decision"
              ? t("timeline.decision", { outcome: enumLabel(t, "decisionOutcome", e.outcome) })
              : e.action === "STAGE_STARTED" && e.actor.kind === "office"
                ? t("timeline.stageStarted", { stage: enumLabel(t, "stage", e.actor.stage) })
                : t(`timelineAction.${e.action}`, { defaultValue: t("timelineAction.other", { action: e.action }) })}
          </p>
          <EntryDetails entry={e} />
        </li>
      ))}
    </ol>
  );
}
