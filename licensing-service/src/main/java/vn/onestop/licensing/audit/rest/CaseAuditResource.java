package vn.onestop.licensing.audit.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.audit.report.CaseReportPdf;
import vn.onestop.licensing.audit.service.CaseAudit;
import vn.onestop.licensing.audit.service.CaseAuditService;
import vn.onestop.licensing.audit.service.CaseSearch;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.rest.QueryParameters;
import vn.onestop.support.security.CurrentActor;
import vn.onestop.support.validation.EnumValue;
import vn.onestop.workflow.process.CaseStage;

/** Auditors reconstruct, verify and export cases. Read-only. */
@Path("/audit/cases")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail (auditors)")
public class CaseAuditResource {

    private final CaseAuditService audit;
    private final CaseSearch search;
    private final CurrentActor actor;
    private final ObjectMapper json;
    private final Clock clock;

    CaseAuditResource(
            CaseAuditService audit,
            CaseSearch search,
            CurrentActor actor,
            ObjectMapper json,
            Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.search = search;
        this.actor = actor;
        this.json = json;
    }

    @GET
    @Operation(
            operationId = "searchCases",
            summary = "Search cases",
            description =
                    "Submitted cases by investor, status, current stage, submission time range"
                            + " ([from, to), ISO-8601 instants), overdue (open past the statutory"
                            + " due date) and an official who acted on them (subject or"
                            + " username). Newest first.")
    public PageResponse<CaseAudit.CaseSummary> search(
            @QueryParam("investorId") UUID investorId,
            @QueryParam("status") @EnumValue(ApplicationStatus.class) String status,
            @QueryParam("stage") @EnumValue(CaseStage.class) String stage,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("official") String official,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var criteria =
                new CaseSearch.Criteria(
                        investorId,
                        status == null ? null : ApplicationStatus.valueOf(status),
                        stage == null ? null : CaseStage.valueOf(stage),
                        QueryParameters.instant("from", from),
                        QueryParameters.instant("to", to),
                        overdue,
                        official);
        return PageResponse.of(
                search.search(criteria, page, size), page, size, search.count(criteria), c -> c);
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getCaseHistory",
            summary = "A case's complete history",
            description =
                    "Audit records (with their chain hashes), the engine's activities (start,"
                            + " end, duration, assignee, candidate groups, due date, overdue),"
                            + " signed decisions verified again now, document versions with"
                            + " hashes, notifications and the statutory clock; `timeline` merges"
                            + " them in time order.")
    public CaseAudit.History history(@PathParam("id") UUID id) {
        return audit.history(actor.get(), id);
    }

    @GET
    @Path("{id}/signatures")
    @Operation(
            operationId = "verifyCaseSignatures",
            summary = "Verify a case's signed decisions again",
            description =
                    "Each decision's document against its hash and its predecessor, the JWS"
                            + " with its certificate chain as at signing time, and the"
                            + " certificate's revocation; `problems` names what no longer"
                            + " holds.")
    public List<CaseAudit.DecisionCheck> signatures(@PathParam("id") UUID id) {
        return audit.decisions(actor.get(), id);
    }

    @GET
    @Path("{id}/export")
    @Operation(
            operationId = "exportCase",
            summary = "Export a case with its proof (JSON)",
            description =
                    "The complete history plus the chain links from the case's first audit"
                            + " record to the end of the sealed checkpoint covering its last, and"
                            + " those checkpoints: enough to verify the records, their place in"
                            + " the chain and the decisions' signatures without the database.")
    public CaseAudit.Export export(@PathParam("id") UUID id) {
        return audit.export(actor.get(), id);
    }

    @GET
    @Path("{id}/export/csv")
    @Produces("text/csv")
    @Operation(
            operationId = "exportCaseCsv",
            summary = "Export a case's merged timeline (CSV)",
            description = "One row per timeline entry: time, source, type, actor, details (JSON).")
    public Response exportCsv(@PathParam("id") UUID id) {
        CaseAudit.History history = audit.history(actor.get(), id);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader("at", "source", "type", "actor", "details")
                        .get()
                        .print(out)) {
            for (CaseAudit.Entry entry : history.timeline()) {
                csv.printRecord(
                        entry.at(),
                        entry.source(),
                        entry.type(),
                        spreadsheetSafe(entry.actor()),
                        spreadsheetSafe(json.writeValueAsString(entry.details())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + history.caseFile().reference() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/report")
    @Produces("application/pdf")
    @Operation(
            operationId = "getCaseReport",
            summary = "A readable PDF report of the case",
            description =
                    "The case, its processing-control sheet, the signed decisions verified"
                            + " again, the documents, the merged timeline and the audit records"
                            + " with their sequence numbers and hashes.")
    public Response report(@PathParam("id") UUID id) {
        var caller = actor.get();
        byte[] pdf =
                CaseReportPdf.render(
                        audit.history(caller, id),
                        audit.processingControl(caller, id),
                        clock.instant());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"case-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}/processing-control")
    @Operation(
            operationId = "getProcessingControl",
            summary = "The case's processing-control sheet and tracking-log line",
            description =
                    "Who handed the file to whom at each step, when, by when it was due and"
                            + " whether it was on time; and when the case was received, due and"
                            + " returned.")
    public CaseAudit.ProcessingControl processingControl(@PathParam("id") UUID id) {
        return audit.processingControl(actor.get(), id);
    }

    /**
     * A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe, so
     * an investor's text cannot become code on an auditor's machine.
     */
    static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
