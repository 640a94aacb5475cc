package vn.onestop.licensing.task.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.InboxChange;

/** The data of a {@code task} event on {@code GET /tasks/events}. */
@Schema(name = "InboxEvent")
public record InboxEventResponse(
        @Schema(
                        description =
                                "ENTERED: the task entered one of my groups' inbox; OVERDUE: it"
                                        + " passed its due date",
                        enumeration = {"ENTERED", "OVERDUE"})
                String kind,
        @Schema(example = "HTP-2026-000123") String caseReference,
        CaseStage stage,
        @Schema(description = "The task's candidate groups (realm roles)") List<String> groups) {

    static InboxEventResponse of(InboxChange change) {
        return new InboxEventResponse(
                change.kind().name(),
                change.caseReference(),
                change.stage(),
                change.groups().stream().sorted().toList());
    }
}
