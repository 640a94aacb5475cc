package vn.onestop.support.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.support.audit.AuditOutcome;
import vn.onestop.support.audit.AuditQueries;
import vn.onestop.support.audit.AuditQuery;
import vn.onestop.support.audit.AuditRecord;
import vn.onestop.support.audit.AuditVerification;
import vn.onestop.support.audit.ChainReport;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.rest.QueryParameters;
import vn.onestop.support.validation.EnumValue;

/**
 * The service's own audit trail for auditors: search it, check the chain, read the sealed
 * checkpoints. Every service that records audit events serves these, read-only.
 */
@Path("/audit")
@RolesAllowed("auditor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail (auditors)")
public class AuditResource {

    private final AuditVerification verification;
    private final AuditQueries queries;

    AuditResource(AuditVerification verification, AuditQueries queries) {
        this.verification = verification;
        this.queries = queries;
    }

    @GET
    @Path("chain/verification")
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Verify the audit chain",
            description =
                    "Recomputes every record's hashes from its content, checks each link, the"
                            + " sequence and the sealed checkpoints, and names the first sequence"
                            + " number where the chain breaks. Without `to`, the chain must also"
                            + " reach its head and every checkpoint.")
    public ChainReport verify(
            @QueryParam("from") @Min(1) Long from, @QueryParam("to") @Min(1) Long to) {
        return verification.verify(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    @GET
    @Path("checkpoints")
    @Operation(
            operationId = "listAuditCheckpoints",
            summary = "List sealed checkpoints",
            description =
                    "Each checkpoint is a compact JWS signed with the authority's e-seal (x5c in"
                            + " its header) over the chain hashes of a range of records. Keep"
                            + " copies outside the system: they are what a rewrite cannot match.")
    public List<CheckpointResponse> checkpoints(
            @QueryParam("from") @DefaultValue("1") @Min(1) long from,
            @QueryParam("to") @DefaultValue("9223372036854775807") @Min(1) long to) {
        return queries.checkpoints(from, to).stream()
                .map(c -> new CheckpointResponse(c.fromSequence(), c.toSequence(), c.jws()))
                .toList();
    }

    @GET
    @Path("events")
    @Operation(
            operationId = "searchAuditEvents",
            summary = "Search audit records",
            description =
                    "Records in chain order, each with its sequence number and hashes. `actor`"
                            + " matches the subject or the username; `from`/`to` bound the time"
                            + " (ISO-8601 instants, `to` exclusive).")
    public PageResponse<AuditRecord> events(
            @QueryParam("eventType") String eventType,
            @QueryParam("outcome") @EnumValue(AuditOutcome.class) String outcome,
            @QueryParam("actor") String actor,
            @QueryParam("targetType") String targetType,
            @QueryParam("targetId") String targetId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AuditQuery query =
                new AuditQuery(
                        eventType,
                        outcome == null ? null : AuditOutcome.valueOf(outcome),
                        actor,
                        targetType,
                        targetId,
                        QueryParameters.instant("from", from),
                        QueryParameters.instant("to", to));
        return PageResponse.of(
                queries.search(query, page, size), page, size, queries.count(query), r -> r);
    }

    /** A sealed checkpoint as stored. */
    public record CheckpointResponse(long fromSequence, long toSequence, String jws) {}
}
