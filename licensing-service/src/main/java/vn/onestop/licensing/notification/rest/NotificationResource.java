package vn.onestop.licensing.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.notification.service.Notifier;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;

/** The investor's notifications about their cases. */
@Path("/notifications")
@RolesAllowed(Roles.INVESTOR)
@Tag(name = "Notifications", description = "What investors are told about their cases")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** One notification. */
    @Schema(name = "Notification")
    public record NotificationResponse(
            UUID id, UUID applicationId, String kind, String message, Instant createdAt) {}

    private final Notifier notifier;
    private final CurrentActor actor;

    NotificationResource(Notifier notifier, CurrentActor actor) {
        this.notifier = notifier;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications, newest first")
    public PageResponse<NotificationResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var investor = actor.get();
        return PageResponse.of(
                notifier.forInvestor(investor, page, size),
                page,
                size,
                notifier.countForInvestor(investor),
                n ->
                        new NotificationResponse(
                                n.id(), n.applicationId(), n.kind(), n.message(), n.createdAt()));
    }
}
