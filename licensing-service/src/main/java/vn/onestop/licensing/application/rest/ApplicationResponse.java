package vn.onestop.licensing.application.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** An application as its investor, officials and auditors see it. */
@Schema(name = "Application")
public record ApplicationResponse(
        UUID id,
        @Schema(example = "HTP-2026-000123") String reference,
        UUID investorId,
        ApplicationStatus status,
        String projectName,
        String objectives,
        String sectorCode,
        ApplicationRequest.LocationDto location,
        String landAreaM2,
        ApplicationRequest.MoneyDto totalCapital,
        ApplicationRequest.ScheduleDto plannedSchedule,
        int expectedEmployees,
        EnvironmentalCategory environmentalCategory,
        @Schema(description = "Time-limit rule set the case was submitted under") String ruleSet,
        @Schema(description = "SHA-256 of the frozen dossier (RFC 8785 canonical JSON)")
                String contentHash,
        Instant submittedAt,
        @Schema(description = "Appointment (result) date; absent while a supplement is owed")
                LocalDate appointmentDate,
        Instant endedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it back in If-Match") long version) {}
