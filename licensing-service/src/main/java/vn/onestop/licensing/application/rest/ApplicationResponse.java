package vn.onestop.licensing.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.DocumentType;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * An application as its investor, officials and auditors see it. A draft shows the fields given so
 * far; a submitted case has them all. Fields without a value are left out, as the contract has them
 * (optional, never null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Application")
public record ApplicationResponse(
        UUID id,
        @Schema(example = "HTP-2026-000123") String reference,
        UUID investorId,
        ApplicationStatus status,
        @Schema(example = "Nhà máy linh kiện bán dẫn Sao Mai") String projectName,
        @Schema(example = "Sản xuất chip điều khiển (semiconductor packaging)") String objectives,
        @Schema(example = "C2610") String sectorCode,
        @Schema(description = "Absent in a draft until its park is given") LocationDto location,
        @Schema(example = "12500.50") String landAreaM2,
        @Schema(description = "Absent in a draft until both amount and currency are given")
                MoneyDto totalCapital,
        ApplicationRequest.ScheduleDto plannedSchedule,
        @Schema(example = "350") Integer expectedEmployees,
        EnvironmentalCategory environmentalCategory,
        @Schema(
                        description =
                                "Document types the dossier must contain before submission (Law on"
                                        + " Investment 2020, art. 33(1), and the environmental"
                                        + " document of the category: an impact assessment for"
                                        + " Groups I and II, a registration for Group III). Until"
                                        + " the category is given, the ones every dossier needs.",
                        example =
                                "[\"APPLICATION_FORM\", \"INVESTOR_LEGAL_STATUS\","
                                        + " \"FINANCIAL_CAPACITY\", \"PROJECT_PROPOSAL\","
                                        + " \"LAND_USE\", \"ENVIRONMENTAL_IMPACT_ASSESSMENT\"]")
                List<DocumentType> requiredDocuments,
        @Schema(
                        description = "Further document types worth uploading that none requires",
                        example = "[\"TECHNOLOGY\", \"OTHER\"]")
                List<DocumentType> optionalDocuments,
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
                long version) {

    /** Where the project is: the park and, optionally, its zone. */
    @Schema(name = "Location")
    public record LocationDto(
            @Schema(
                            required = true,
                            example = "Khu công nghệ cao Hòa Lạc",
                            pattern = "\\S",
                            maxLength = 200)
                    String park,
            @Schema(example = "Khu công nghiệp công nghệ cao 1", maxLength = 100) String zone) {}

    /** An amount as a decimal string, in VND (no decimals) or USD. */
    @Schema(name = "Money")
    public record MoneyDto(
            @Schema(
                            required = true,
                            example = "250000000000",
                            pattern = "[0-9]{1,18}(\\.[0-9]{1,2})?")
                    String amount,
            @Schema(required = true, example = "VND", pattern = "VND|USD") String currency) {}
}
