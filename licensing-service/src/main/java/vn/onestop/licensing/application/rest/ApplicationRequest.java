package vn.onestop.licensing.application.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * The project an investor applies for, as far as the draft has got: every field may be left out
 * (the guided application saves after each page), and every field given is checked. Submission
 * needs all of them but the zone and the schedule. Amounts and areas are decimal strings.
 */
@Schema(
        name = "ApplicationRequest",
        description =
                "A draft's project fields. Any may be left out until submission, which needs all"
                        + " but location.zone and plannedSchedule; those given are validated.")
public record ApplicationRequest(
        @Pattern(regexp = NOT_BLANK, message = BLANK)
                @Size(max = 300)
                @Schema(example = "Nhà máy linh kiện bán dẫn Sao Mai", pattern = "\\S")
                String projectName,
        @Pattern(regexp = NOT_BLANK, message = BLANK)
                @Size(max = 4000)
                @Schema(
                        example = "Sản xuất chip điều khiển (semiconductor packaging)",
                        pattern = "\\S")
                String objectives,
        @Pattern(regexp = "[A-U]?[0-9]{2,5}", message = "{onestop.vsic}") @Schema(example = "C2610")
                String sectorCode,
        @Valid LocationDto location,
        @Pattern(regexp = "[0-9]{1,12}(\\.[0-9]{1,2})?", message = "{onestop.area}")
                @Schema(example = "12500.50")
                String landAreaM2,
        @Valid MoneyDto totalCapital,
        @Valid ScheduleDto plannedSchedule,
        @PositiveOrZero @Max(1_000_000) @Schema(example = "350") Integer expectedEmployees,
        EnvironmentalCategory environmentalCategory) {

    /**
     * A given text must not be blank. (A JSON Schema pattern is unanchored, so the contract's
     * {@code \S} says the same as this whole-string Java pattern.)
     */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    static final String BLANK = "{jakarta.validation.constraints.NotBlank.message}";

    /**
     * Where the project is, as far as given: the park (needed to submit) and, optionally, its zone.
     */
    @Schema(name = "DraftLocation")
    public record LocationDto(
            @Pattern(regexp = NOT_BLANK, message = BLANK)
                    @Size(max = 200)
                    @Schema(example = "Khu công nghệ cao Hòa Lạc", pattern = "\\S")
                    String park,
            @Size(max = 100) @Schema(example = "Khu công nghiệp công nghệ cao 1") String zone) {}

    /** An amount as a decimal string, in VND (no decimals) or USD; both are needed to submit. */
    @Schema(name = "DraftMoney")
    @ValidMoney
    public record MoneyDto(
            @Pattern(regexp = "[0-9]{1,18}(\\.[0-9]{1,2})?", message = "{onestop.amount}")
                    @Schema(example = "250000000000")
                    String amount,
            @Pattern(regexp = "VND|USD", message = "{onestop.currency}") @Schema(example = "VND")
                    String currency) {}

    /** When construction starts and operation begins. */
    @Schema(name = "Schedule")
    public record ScheduleDto(
            @Schema(example = "2027-03-01") LocalDate constructionStart,
            @Schema(example = "2028-06-30") LocalDate operationStart) {}
}
