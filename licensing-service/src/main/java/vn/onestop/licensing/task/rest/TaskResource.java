package vn.onestop.licensing.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.service.DecisionDocument;
import vn.onestop.licensing.decision.service.DecisionSignatures;
import vn.onestop.licensing.security.Roles;
import vn.onestop.licensing.task.service.CaseTask;
import vn.onestop.licensing.task.service.Completion;
import vn.onestop.licensing.task.service.InboxQuery;
import vn.onestop.licensing.task.service.TaskCounts;
import vn.onestop.licensing.task.service.TaskInbox;
import vn.onestop.support.problem.ProblemResponses;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;
import vn.onestop.support.validation.EnumValue;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** The officials' inbox. Agency officials (roles {@code agency-*}) see their consultations. */
@Path("/tasks")
@RolesAllowed({Roles.RECEPTION, Roles.ENVIRONMENT, Roles.APPRAISAL, Roles.APPROVER, "agency"})
@Tag(name = "Tasks", description = "The officials' task inbox")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskInbox inbox;
    private final CurrentActor actor;
    private final Validator validator;
    private final InboxStream stream;
    private final JsonWebToken token;
    private final Clock clock;

    TaskResource(
            TaskInbox inbox,
            CurrentActor actor,
            Validator validator,
            InboxStream stream,
            JsonWebToken token,
            Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.actor = actor;
        this.validator = validator;
        this.stream = stream;
        this.token = token;
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = "inboxEvents",
            summary = "Changes to my groups' inbox, as server-sent events",
            description =
                    "A `ready` event first, then a `task` event (an InboxEvent in JSON: ENTERED"
                            + " when a task enters one of my groups, OVERDUE when one passes its"
                            + " due date) as each change commits, on whichever replica made it."
                            + " Comments keep the stream open; it ends when the token expires, and"
                            + " the client reconnects. Poll GET /tasks/counts when it cannot.")
    @APIResponse(
            responseCode = "200",
            description = "The stream; the schema is that of each `task` event's data",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = InboxEventResponse.class)))
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        Instant until =
                token.getExpirationTime() > 0
                        ? Instant.ofEpochSecond(token.getExpirationTime())
                        : clock.instant().plusSeconds(300);
        stream.open(sink, sse, actor.get().roles(), until);
    }

    @GET
    @Operation(
            operationId = "listTasks",
            summary = "My groups' tasks",
            description =
                    "Paged; by due date unless `sort` says otherwise. The filters combine; each"
                            + " tab of the inbox is one of `assignee`, `overdue` or `dueWithin`.")
    public PageResponse<TaskResponse> list(
            @QueryParam("stage") @EnumValue(CaseStage.class) String stage,
            @QueryParam("overdue")
                    @Parameter(description = "true: past their due date; false: not yet")
                    Boolean overdue,
            @QueryParam("dueBefore") Instant dueBefore,
            @QueryParam("dueWithin")
                    @Parameter(
                            description =
                                    "Not yet overdue and due by the end of the N-th working day"
                                            + " after today (Hanoi time, public holidays off)")
                    @Min(1)
                    @Max(30)
                    Integer dueWithin,
            @QueryParam("reference") String reference,
            @QueryParam("assignee")
                    @Parameter(
                            description =
                                    "ME: claimed by the caller; UNASSIGNED: claimed by nobody")
                    @EnumValue(InboxQuery.Assignment.class)
                    String assignee,
            @QueryParam("investor")
                    @Parameter(description = "Part of the investor's name, any case")
                    @Size(min = 2, max = 200)
                    String investor,
            @QueryParam("environmentalCategory") @EnumValue(EnvironmentalCategory.class)
                    String environmentalCategory,
            @QueryParam("sort")
                    @Parameter(
                            description =
                                    "DUE_AT (default), DUE_AT_DESC, CREATED_AT, CREATED_AT_DESC")
                    @EnumValue(InboxQuery.Order.class)
                    String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var filter =
                new InboxQuery(
                        stage == null ? null : CaseStage.valueOf(stage),
                        overdue,
                        dueBefore,
                        reference,
                        assignee == null ? null : InboxQuery.Assignment.valueOf(assignee),
                        investor,
                        environmentalCategory == null
                                ? null
                                : EnvironmentalCategory.valueOf(environmentalCategory),
                        dueWithin);
        var order = sort == null ? InboxQuery.Order.DUE_AT : InboxQuery.Order.valueOf(sort);
        var caller = actor.get();
        return PageResponse.of(
                inbox.inbox(caller, filter, order, page, size),
                page,
                size,
                inbox.count(caller, filter),
                TaskResource::toResponse);
    }

    @GET
    @Path("counts")
    @Operation(
            operationId = "countTasks",
            summary = "How many tasks each tab of my inbox holds",
            description =
                    "Under the same filters as the list, less the tabs' own (assignee, overdue,"
                            + " dueWithin).")
    public TaskCountsResponse counts(
            @QueryParam("stage") @EnumValue(CaseStage.class) String stage,
            @QueryParam("dueBefore") Instant dueBefore,
            @QueryParam("reference") String reference,
            @QueryParam("investor") @Size(min = 2, max = 200) String investor,
            @QueryParam("environmentalCategory") @EnumValue(EnvironmentalCategory.class)
                    String environmentalCategory,
            @QueryParam("dueWithin")
                    @Parameter(description = "Working days of the \"due soon\" tab")
                    @DefaultValue("2")
                    @Min(1)
                    @Max(30)
                    int dueWithin) {
        var filter =
                new InboxQuery(
                        stage == null ? null : CaseStage.valueOf(stage),
                        null,
                        dueBefore,
                        reference,
                        null,
                        investor,
                        environmentalCategory == null
                                ? null
                                : EnvironmentalCategory.valueOf(environmentalCategory),
                        null);
        TaskCounts counts = inbox.counts(actor.get(), filter, dueWithin);
        return new TaskCountsResponse(
                counts.assignedToMe(),
                counts.unclaimed(),
                counts.overdue(),
                counts.dueSoon(),
                counts.all());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTask", summary = "Read a task of my groups")
    public TaskResponse get(@PathParam("id") String id) {
        return toResponse(inbox.get(actor.get(), id));
    }

    @POST
    @Path("{id}/claim")
    @Operation(
            operationId = "claimTask",
            summary = "Claim a task",
            description = "409 when another official has it.")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public TaskResponse claim(@PathParam("id") String id) {
        return toResponse(inbox.claim(actor.get(), id));
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Give a task back to its group")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public TaskResponse unclaim(@PathParam("id") String id) {
        return toResponse(inbox.unclaim(actor.get(), id));
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(
            operationId = "reassignTask",
            summary = "Hand a task to another official (supervisors)")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public TaskResponse reassign(
            @PathParam("id") String id, @NotNull @Valid AssigneeRequest request) {
        return toResponse(inbox.reassign(actor.get(), id, request.assignee()));
    }

    @POST
    @Path("{id}/decision-document")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "prepareDecision",
            summary = "The document to sign for completing a task with an outcome",
            description =
                    "Changes nothing. Refused as completion would be: 403 outside your groups or"
                            + " against separation of duties; 409 when someone else claimed it;"
                            + " 422 for an outcome the stage does not allow.")
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = DecisionDocumentResponse.class)))
    public DecisionDocumentResponse prepareDecision(
            @PathParam("id") String id, @NotNull @Valid DecisionRequest request) {
        DecisionDocument document = inbox.decisionDocument(actor.get(), id, completion(request));
        return new DecisionDocumentResponse(
                document.content(),
                document.canonical(),
                document.hash(),
                DecisionSignatures.ALGORITHMS.stream().sorted().toList());
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeTask",
            summary = "Complete a task with a signed decision",
            description =
                    "The signature is verified before anything changes. 403 outside your groups"
                            + " or against separation of duties; 409 when someone else claimed or"
                            + " completed it, or decided on the case after the document was"
                            + " prepared; 422 for an outcome the stage does not allow or a"
                            + " signature that fails a check (the detail names it).")
    @APIResponse(responseCode = "204", description = "Completed; the case moved on")
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public void complete(@PathParam("id") String id, @NotNull @Valid CompletionRequest request) {
        DecisionDocument signed = DecisionDocument.parse(request.document());
        DecisionRequest decision =
                new DecisionRequest(
                        signed.outcome(),
                        signed.comment().isEmpty() ? null : signed.comment(),
                        signed.reasons().stream()
                                .map(r -> new DecisionRequest.ReasonDto(r.document(), r.reason()))
                                .toList(),
                        signed.agencies());
        var violations = validator.validate(decision);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        inbox.complete(
                actor.get(),
                id,
                completion(decision),
                new TaskInbox.SignedDocument(
                        request.document(), signed.decidedAt(), request.signature()));
    }

    private static Completion completion(DecisionRequest request) {
        var reasons =
                request.reasons() == null
                        ? List.<StageDecision.Reason>of()
                        : request.reasons().stream()
                                .map(r -> new StageDecision.Reason(r.document(), r.reason()))
                                .toList();
        return new Completion(request.outcome(), request.comment(), reasons, request.agencies());
    }

    private static TaskResponse toResponse(CaseTask task) {
        return new TaskResponse(
                task.id(),
                task.stage(),
                task.name(),
                task.applicationId(),
                task.reference(),
                task.projectName(),
                task.investorName(),
                task.environmentalCategory(),
                task.assignee(),
                task.candidateGroups(),
                task.stage().outcomes(),
                task.createdAt(),
                task.dueAt(),
                task.overdue());
    }
}
