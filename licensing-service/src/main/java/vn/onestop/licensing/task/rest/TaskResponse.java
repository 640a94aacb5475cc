package vn.onestop.licensing.task.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** A task in an official's inbox. */
@Schema(name = "Task")
public record TaskResponse(
        @Schema(
                        description = "The engine's task id",
                        example = "f2a7c9e1-3b4d-11f1-8a2b-0242ac120002")
                String id,
        CaseStage stage,
        @Schema(example = "Check the dossier is complete") String name,
        UUID applicationId,
        @Schema(example = "HTP-2026-000123") String reference,
        @Schema(example = "Nhà máy linh kiện bán dẫn Sao Mai") String projectName,
        @Schema(example = "Công ty TNHH Sao Mai Việt Nam") String investorName,
        EnvironmentalCategory environmentalCategory,
        @Schema(
                        description =
                                "Subject of the official who claimed it; absent while unclaimed",
                        example = "4b7e1a52-8f0c-4d7e-9a33-2c5d6e7f8a90")
                String assignee,
        @Schema(example = "[\"reception\"]") List<String> candidateGroups,
        @Schema(
                        description = "The outcomes this stage allows",
                        example = "[\"COMPLETE\", \"SUPPLEMENT_NEEDED\", \"INELIGIBLE\"]")
                List<String> outcomes,
        Instant createdAt,
        Instant dueAt,
        boolean overdue) {}
