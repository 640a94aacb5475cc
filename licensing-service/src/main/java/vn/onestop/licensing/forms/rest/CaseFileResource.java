package vn.onestop.licensing.forms.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.application.rest.DocumentResource;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.forms.service.CaseFile;
import vn.onestop.licensing.forms.service.CaseFileService;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.security.CurrentActor;

/**
 * A case's timeline and the one-stop-shop forms, for its investor, officials, auditors and the
 * agencies consulted on it.
 */
@Path("/applications/{id}")
@RolesAllowed({
    Roles.INVESTOR,
    Roles.RECEPTION,
    Roles.ENVIRONMENT,
    Roles.APPRAISAL,
    Roles.APPROVER,
    Roles.AUDITOR,
    Roles.AGENCY
})
@Tag(name = "Case file", description = "Timeline and one-stop-shop forms")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFileResource {

    private final CaseFileService caseFiles;
    private final CurrentActor actor;

    CaseFileResource(CaseFileService caseFiles, CurrentActor actor) {
        this.caseFiles = caseFiles;
        this.actor = actor;
    }

    @GET
    @Path("timeline")
    @Operation(
            operationId = "getTimeline",
            summary = "What happened, and what is owed by whom, by when")
    public CaseFileResponses.Timeline timeline(@PathParam("id") UUID id) {
        CaseFile.Timeline timeline = caseFiles.timeline(actor.get(), id);
        var application = timeline.application();
        var clock = timeline.clock();
        var owed = timeline.owed();
        return new CaseFileResponses.Timeline(
                application.reference(),
                application.status(),
                application.ruleSet(),
                application.submittedAt(),
                application.statutoryDueDate(),
                clock == null
                        ? null
                        : new CaseFileResponses.Clock(
                                clock.limitDays(),
                                clock.daysUsed(),
                                clock.paused(),
                                clock.pauses().stream()
                                        .map(
                                                p ->
                                                        new CaseFileResponses.Pause(
                                                                p.from(), p.until(), p.stage()))
                                        .toList()),
                owed == null
                        ? null
                        : new CaseFileResponses.Owed(owed.by(), owed.what(), owed.dueAt()),
                timeline.events().stream()
                        .map(
                                e ->
                                        new CaseFileResponses.Event(
                                                e.at(), e.action(), e.actor(), e.details()))
                        .toList(),
                timeline.decisions().stream()
                        .map(
                                d ->
                                        new CaseFileResponses.Decision(
                                                d.at(),
                                                d.stage(),
                                                d.outcome(),
                                                d.comment(),
                                                reasons(d.reasons()),
                                                d.official(),
                                                d.signedBy(),
                                                d.documentHash()))
                        .toList());
    }

    @GET
    @Path("receipt")
    @Operation(
            operationId = "getReceipt",
            summary = "The receipt with the appointment (result) date")
    public CaseFileResponses.Receipt receipt(@PathParam("id") UUID id) {
        CaseFile.Receipt receipt = caseFiles.receipt(actor.get(), id);
        var application = receipt.application();
        return new CaseFileResponses.Receipt(
                "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment)",
                application.reference(),
                application.details().projectName(),
                application.investorId(),
                application.submittedAt(),
                receipt.documents().stream().map(DocumentResource::toResponse).toList(),
                application.contentHash(),
                receipt.appointmentDate(),
                application.ruleSet(),
                receipt.legalBasis());
    }

    @GET
    @Path("supplement-request")
    @Operation(
            operationId = "getSupplementRequest",
            summary = "The latest consolidated supplement request")
    public CaseFileResponses.SupplementRequest supplementRequest(@PathParam("id") UUID id) {
        CaseFile.SupplementRequest request = caseFiles.supplementRequest(actor.get(), id);
        StageDecision decision = request.decision();
        return new CaseFileResponses.SupplementRequest(
                "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (supplement request)",
                request.application().reference(),
                decision.stage(),
                decision.decidedAt(),
                reasons(decision),
                decision.comment(),
                request.answerDueAt(),
                request.basis());
    }

    @GET
    @Path("apology")
    @Operation(
            operationId = "getApology",
            summary = "The apology with a new date, for a case past its appointment date")
    public CaseFileResponses.Apology apology(@PathParam("id") UUID id) {
        CaseFile.Apology apology = caseFiles.apology(actor.get(), id);
        return new CaseFileResponses.Apology(
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả (apology and new appointment)",
                apology.application().reference(),
                apology.application().status(),
                apology.originalDate(),
                apology.newDate());
    }

    @GET
    @Path("refusal")
    @Operation(
            operationId = "getRefusal",
            summary = "The refusal with its reasons, for a rejected case")
    public CaseFileResponses.Refusal refusal(@PathParam("id") UUID id) {
        CaseFile.Refusal refusal = caseFiles.refusal(actor.get(), id);
        StageDecision decision = refusal.decision();
        return new CaseFileResponses.Refusal(
                "Phiếu từ chối giải quyết hồ sơ (refusal)",
                refusal.application().reference(),
                decision.stage(),
                decision.decidedAt(),
                reasons(decision),
                decision.comment());
    }

    private static List<CaseFileResponses.Reason> reasons(StageDecision decision) {
        return reasons(decision.reasons());
    }

    private static List<CaseFileResponses.Reason> reasons(List<StageDecision.Reason> reasons) {
        return reasons.stream()
                .map(r -> new CaseFileResponses.Reason(r.document(), r.reason()))
                .toList();
    }
}
