package vn.onestop.licensing.forms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.rest.DocumentResponse;

/** The case file as the API shows it. */
final class CaseFileResponses {

    private CaseFileResponses() {}

    @Schema(name = "Timeline", description = "What happened, what is owed by whom and by when")
    record Timeline(
            String reference,
            ApplicationStatus status,
            String ruleSet,
            Instant submittedAt,
            LocalDate appointmentDate,
            @Schema(description = "Absent for drafts") Clock statutoryClock,
            @Schema(description = "Absent once the case has ended") Owed owed,
            List<Event> events,
            @Schema(description = "Officials' outcomes, consultation answers included")
                    List<Decision> decisions) {}

    @Schema(name = "Decision")
    record Decision(
            Instant at,
            @Schema(example = "COMPLETENESS_CHECK") String stage,
            @Schema(example = "SUPPLEMENT_NEEDED") String outcome,
            String comment,
            List<Reason> reasons,
            @Schema(description = "Shown to officials and auditors only") String official,
            @Schema(
                            description =
                                    "Subject of the certificate the decision was signed with;"
                                            + " officials and auditors only")
                    String signedBy,
            @Schema(description = "SHA-256 of the signed decision document") String documentHash) {}

    @Schema(name = "StatutoryClock")
    record Clock(int limitWorkingDays, int workingDaysUsed, boolean paused, List<Pause> pauses) {}

    @Schema(name = "ClockPause")
    record Pause(LocalDate from, LocalDate until, String stage) {}

    @Schema(name = "Owed")
    record Owed(
            @Schema(example = "INVESTOR") String by,
            @Schema(example = "SUPPLEMENT") String what,
            Instant dueAt) {}

    @Schema(name = "TimelineEvent")
    record Event(
            Instant at,
            @Schema(example = "STAGE_STARTED") String action,
            @Schema(description = "Shown to officials and auditors only") String actor,
            Map<String, Object> details) {}

    @Schema(name = "Receipt", description = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    record Receipt(
            String form,
            String reference,
            String projectName,
            java.util.UUID investorId,
            Instant receivedAt,
            List<DocumentResponse> documents,
            String contentHash,
            LocalDate appointmentDate,
            String ruleSet,
            String legalBasis) {}

    @Schema(name = "Reason")
    record Reason(String document, String reason) {}

    @Schema(name = "SupplementRequest", description = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")
    record SupplementRequest(
            String form,
            String reference,
            String stage,
            Instant requestedAt,
            List<Reason> reasons,
            String comment,
            Instant answerDueAt,
            String legalBasis) {}

    @Schema(name = "Apology", description = "Phiếu xin lỗi và hẹn lại ngày trả kết quả")
    record Apology(
            String form,
            String reference,
            ApplicationStatus status,
            LocalDate originalAppointmentDate,
            LocalDate newAppointmentDate) {}

    @Schema(name = "Refusal", description = "Phiếu từ chối giải quyết hồ sơ")
    record Refusal(
            String form,
            String reference,
            String stage,
            Instant decidedAt,
            List<Reason> reasons,
            String comment) {}
}
