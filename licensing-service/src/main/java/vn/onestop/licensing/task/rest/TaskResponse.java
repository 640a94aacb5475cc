package vn.onestop.licensing.task.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.workflow.process.CaseStage;

/** A task in an official's inbox. */
@Schema(name = "Task")
public record TaskResponse(
        String id,
        CaseStage stage,
        String name,
        UUID applicationId,
        String reference,
        String projectName,
        @Schema(description = "Subject of the official who claimed it; absent while unclaimed")
                String assignee,
        List<String> candidateGroups,
        @Schema(description = "The outcomes this stage allows") List<String> outcomes,
        Instant createdAt,
        Instant dueAt,
        boolean overdue) {}
