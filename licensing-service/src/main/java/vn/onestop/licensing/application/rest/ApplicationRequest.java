package vn.onestop.licensing.application.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** The project an investor applies for; amounts and areas are decimal strings. */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Nhà máy linh kiện bán dẫn Sao Mai")
                String projectName,
        @NotBlank
                @Size(max = 4000)
                @Schema(example = "Sản xuất chip điều khiển (semiconductor packaging)")
                String objectives,
        @NotBlank
                @Pattern(
                        regexp = "[A-U]?[0-9]{2,5}",
                        message = "must be a VSIC code such as C2610 or 2610")
                @Schema(example = "C2610")
                String sectorCode,
        @NotNull @Valid LocationDto location,
        @NotNull
                @Pattern(
                        regexp = "[0-9]{1,12}(\\.[0-9]{1,2})?",
                        message = "must be a decimal number of square metres, e.g. 12500.50")
                @Schema(example = "12500.50")
                String landAreaM2,
        @NotNull @Valid MoneyDto totalCapital,
        @Valid ScheduleDto plannedSchedule,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(example = "350") Integer expectedEmployees,
        @NotNull EnvironmentalCategory environmentalCategory) {

    /** Where the project is: the park and, optionally, its zone. */
    @Schema(name = "Location")
    public record LocationDto(
            @NotBlank @Size(max = 200) @Schema(example = "Khu công nghệ cao Hòa Lạc") String park,
            @Size(max = 100) @Schema(example = "Khu công nghiệp công nghệ cao 1") String zone) {}

    /** An amount as a decimal string, in VND (no decimals) or USD. */
    @Schema(name = "Money")
    @ValidMoney
    public record MoneyDto(
            @NotNull
                    @Pattern(
                            regexp = "[0-9]{1,18}(\\.[0-9]{1,2})?",
                            message = "must be a decimal string such as 1500000.00")
                    @Schema(example = "250000000000")
                    String amount,
            @NotNull
                    @Pattern(regexp = "VND|USD", message = "must be VND or USD")
                    @Schema(example = "VND")
                    String currency) {}

    /** When construction starts and operation begins. */
    @Schema(name = "Schedule")
    public record ScheduleDto(
            @Schema(example = "2027-03-01") LocalDate constructionStart,
            @Schema(example = "2028-06-30") LocalDate operationStart) {}
}
