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
        @Schema(example = "Nhà máy linh kiện bán dẫn Sao Mai") String projectName,
        @Schema(example = "Sản xuất chip điều khiển (semiconductor packaging)") String objectives,
        @Schema(example = "C2610") String sectorCode,
        ApplicationRequest.LocationDto location,
        @Schema(example = "12500.50") String landAreaM2,
        ApplicationRequest.MoneyDto totalCapital,
        ApplicationRequest.ScheduleDto plannedSchedule,
        @Schema(example = "350") int expectedEmployees,
        EnvironmentalCategory environmentalCategory,
        @Schema(
                        description = "Time-limit rule set the case was submitted under",
                        example = "VN-LI2020")
                String ruleSet,
        @Schema(
                        description = "SHA-256 of the frozen dossier (RFC 8785 canonical JSON)",
                        example =
                                "3b9f0c7e2a1d4f5b6c8e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d")
                String contentHash,
        Instant submittedAt,
        @Schema(description = "Appointment (result) date; absent while a supplement is owed")
                LocalDate appointmentDate,
        Instant endedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it back in If-Match", example = "3")
                long version) {}
