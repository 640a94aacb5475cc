package vn.onestop.licensing.task.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An official's outcome for a task, before it is signed. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotBlank @Size(max = 40) @Schema(example = "COMPLETE") String outcome,
        @Size(max = 4000) String comment,
        @Size(max = 100)
                @Schema(description = "Reasons per document: required to ask for a supplement")
                List<@Valid ReasonDto> reasons,
        @Size(max = 20)
                @Schema(
                        description = "Agency groups to consult, for CONSULT",
                        example = "[\"agency-moit\"]")
                List<@NotBlank @Size(max = 60) String> agencies) {

    /** Why, about which document. */
    @Schema(name = "Reason")
    public record ReasonDto(
            @NotBlank @Size(max = 200) @Schema(example = "Environmental impact assessment report")
                    String document,
            @NotBlank
                    @Size(max = 2000)
                    @Schema(example = "Chapter 3 lacks the wastewater treatment plan")
                    String reason) {}
}
