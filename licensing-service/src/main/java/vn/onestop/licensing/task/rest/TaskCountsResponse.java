package vn.onestop.licensing.task.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The counts beside the inbox's tabs. */
@Schema(name = "TaskCounts")
public record TaskCountsResponse(
        @Schema(description = "Claimed by me", example = "4") long assignedToMe,
        @Schema(description = "My groups', claimed by nobody", example = "12") long unclaimed,
        @Schema(description = "Past their due date", example = "1") long overdue,
        @Schema(description = "Not overdue, due within the working days asked", example = "3")
                long dueSoon,
        @Schema(description = "Every task of my groups", example = "17") long all) {}
