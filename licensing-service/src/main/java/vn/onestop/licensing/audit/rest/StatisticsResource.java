package vn.onestop.licensing.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.audit.service.CaseAudit;
import vn.onestop.licensing.audit.service.CaseStatistics;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.rest.QueryParameters;

/** Processing statistics for auditors. */
@Path("/audit/statistics")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail (auditors)")
public class StatisticsResource {

    private final CaseStatistics statistics;

    StatisticsResource(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            operationId = "getStatistics",
            summary = "Processing statistics for a period",
            description =
                    "Per stage and per official: tasks completed in [from, to), median and 90th"
                            + " percentile processing time (hours and working days), on time and"
                            + " late against each task's due date; open overdue tasks and cases;"
                            + " decision outcomes per stage; supplement and refusal reasons.")
    public CaseAudit.Statistics get(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = QueryParameters.instant("from", required("from", from));
        Instant end = QueryParameters.instant("to", required("to", to));
        if (!end.isAfter(start)) {
            throw ApplicationException.invalid("to", "period.to-after-from");
        }
        return statistics.between(start, end);
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw ApplicationException.invalid(field, "period.required");
        }
        return value;
    }
}
