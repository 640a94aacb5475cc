package vn.onestop.licensing.official.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.official.model.Official;

/** An official of the directory, as of their last sign-in. */
@Schema(name = "Official")
public record OfficialResponse(
        @Schema(
                        description = "The account's subject: what a task's assignee names",
                        example = "4b7e1a52-8f0c-4d7e-9a33-2c5d6e7f8a90")
                String subject,
        @Schema(example = "reception1") String username,
        @Schema(description = "Absent when the account has no name", example = "Nguyễn Văn An")
                String name,
        @Schema(description = "Groups held at the last sign-in", example = "[\"reception\"]")
                List<String> groups,
        Instant lastSeenAt) {

    static OfficialResponse of(Official official) {
        return new OfficialResponse(
                official.subject(),
                official.username(),
                official.displayName(),
                official.groups(),
                official.lastSeenAt());
    }
}
