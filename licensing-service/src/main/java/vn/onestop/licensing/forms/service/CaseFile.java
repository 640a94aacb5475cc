package vn.onestop.licensing.forms.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.decision.model.StageDecision;

/** What a case file shows: its timeline and the one-stop-shop forms produced from it. */
public final class CaseFile {

    private CaseFile() {}

    /** One thing that happened; the actor is shown to officials and auditors only. */
    public record Event(Instant at, String action, String actor, Map<String, Object> details) {}

    /** The statutory clock: working days used of the limit, and its pauses. */
    public record Clock(int limitDays, int daysUsed, boolean paused, List<Pause> pauses) {}

    /** A period the clock stood still, and the stage that asked for the supplement. */
    public record Pause(LocalDate from, LocalDate until, String stage) {}

    /** Who owes the next step and by when. */
    public record Owed(String by, String what, Instant dueAt) {}

    /** An official's decision; the official is named to officials and auditors only. */
    public record Decision(
            Instant at,
            String stage,
            String outcome,
            String comment,
            List<StageDecision.Reason> reasons,
            String official,
            String signedBy,
            String documentHash) {}

    public record Timeline(
            Application application,
            Clock clock,
            Owed owed,
            List<Event> events,
            List<Decision> decisions) {}

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt with the appointment date. */
    public record Receipt(
            Application application,
            List<DossierDocument> documents,
            LocalDate appointmentDate,
            String legalBasis) {}

    /** The consolidated request for a supplement, with a reason per document. */
    public record SupplementRequest(
            Application application, StageDecision decision, Instant answerDueAt, String basis) {}

    /** The apology of a late case, with its new appointment date. */
    public record Apology(Application application, LocalDate originalDate, LocalDate newDate) {}

    /** The refusal with its reasons. */
    public record Refusal(Application application, StageDecision decision) {}
}
