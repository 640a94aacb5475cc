package vn.onestop.licensing.task.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.service.DecisionDocument;
import vn.onestop.licensing.decision.service.DecisionSignatures;
import vn.onestop.licensing.decision.service.Decisions;
import vn.onestop.licensing.official.model.Official;
import vn.onestop.licensing.official.service.OfficialDirectory;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.Wording;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.engine.ProcessModels;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.process.CaseRules;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.CaseVariables;

/**
 * The officials' inbox: the tasks of the caller's groups, claimed, handed over and completed.
 * Completion enforces the stage's outcomes and separation of duties; when two officials act on one
 * task at once, the engine's optimistic locking lets exactly one win.
 */
@ApplicationScoped
@Transactional
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Cases cases;
    private final Decisions decisions;
    private final EntityManager entities;
    private final DecisionSignatures signatures;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final OfficialDirectory directory;
    private final CaseRules rules;
    private final Clock clock;

    TaskInbox(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            Cases cases,
            Decisions decisions,
            EntityManager entities,
            DecisionSignatures signatures,
            AuditTrail audit,
            MeterRegistry metrics,
            OfficialDirectory directory,
            CaseRules rules,
            Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.cases = cases;
        this.decisions = decisions;
        this.entities = entities;
        this.signatures = signatures;
        this.audit = audit;
        this.metrics = metrics;
        this.directory = directory;
        this.rules = rules;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTask> inbox(
            Actor official, InboxQuery filter, InboxQuery.Order order, int page, int size) {
        TaskQuery query = query(official, filter);
        if (query == null) {
            return List.of();
        }
        switch (order) {
            case DUE_AT -> query.orderByDueDate().asc();
            case DUE_AT_DESC -> query.orderByDueDate().desc();
            case CREATED_AT -> query.orderByTaskCreateTime().asc();
            case CREATED_AT_DESC -> query.orderByTaskCreateTime().desc();
        }
        if (order == InboxQuery.Order.DUE_AT || order == InboxQuery.Order.DUE_AT_DESC) {
            query.orderByTaskCreateTime().asc();
        }
        // The id last, so that tasks created in the same instant keep one order across pages.
        return withApplications(query.orderByTaskId().asc().listPage(page * size, size));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Actor official, InboxQuery filter) {
        TaskQuery query = query(official, filter);
        return query == null ? 0 : query.count();
    }

    /** The counts of the inbox's tabs under the caller's other filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskCounts counts(Actor official, InboxQuery filter, int dueSoonWorkingDays) {
        InboxQuery base = filter.withoutTab();
        return new TaskCounts(
                count(official, base.assigned(InboxQuery.Assignment.ME)),
                count(official, base.assigned(InboxQuery.Assignment.UNASSIGNED)),
                count(official, base.overdue(true)),
                count(official, base.dueWithin(dueSoonWorkingDays)),
                count(official, base));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseTask get(Actor official, String taskId) {
        Task task = requireWorkable(official, taskId);
        List<CaseTask> found = withApplications(List.of(task));
        if (found.isEmpty()) {
            find(taskId); // its case ended meanwhile: 409 when the task was completed
        }
        return found.get(0);
    }

    public CaseTask claim(Actor official, String taskId) {
        Task task = requireWorkable(official, taskId);
        claimFor(official, task);
        record(official, "TASK_CLAIMED", task, applicationOf(task), Map.of());
        return get(official, taskId);
    }

    /** Gives a claimed task back to its group; only its assignee or a supervisor may. */
    public CaseTask unclaim(Actor official, String taskId) {
        Task task = requireWorkable(official, taskId);
        boolean supervisor = official.hasRole(Roles.APPROVER);
        if (task.getAssignee() != null
                && !task.getAssignee().equals(official.subject())
                && !supervisor) {
            throw ApplicationException.conflict("task.claimed-by-other");
        }
        tasks.setAssignee(taskId, null);
        record(official, "TASK_UNCLAIMED", task, applicationOf(task), Map.of());
        return get(official, taskId);
    }

    /**
     * A supervisor (an approver) hands a task to another official, who must be in the officials'
     * directory with one of the task's groups.
     */
    public CaseTask reassign(Actor supervisor, String taskId, String assignee) {
        Task task = find(taskId);
        List<String> groups = candidateGroups(List.of(task)).getOrDefault(taskId, List.of());
        Official official =
                directory
                        .find(assignee)
                        .orElseThrow(
                                () ->
                                        ApplicationException.invalid(
                                                "assignee", "task.assignee-unknown", assignee));
        if (!official.holdsAny(groups)) {
            throw ApplicationException.invalid(
                    "assignee",
                    "task.assignee-lacks-group",
                    official.username(),
                    String.join(", ", groups));
        }
        String previous = task.getAssignee();
        tasks.setAssignee(taskId, assignee);
        Map<String, Object> details = new HashMap<>();
        details.put("to", assignee);
        if (previous != null) {
            details.put("from", previous);
        }
        record(supervisor, "TASK_REASSIGNED", task, applicationOf(task), details);
        return withApplications(List.of(find(taskId))).get(0);
    }

    /**
     * The decision document an official signs to complete the task with this outcome. Nothing
     * changes; the same checks as completion apply, so a refusal comes before any signing.
     *
     * @throws ApplicationException as {@link #complete}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionDocument decisionDocument(Actor official, String taskId, Completion completion) {
        Workable workable = requireCompletable(official, taskId, completion);
        return document(workable, official, completion, clock.instant());
    }

    /**
     * Completes a task with an outcome of its stage, signed by the official: the signature must
     * verify over exactly the document {@link #decisionDocument} gives for this task and outcome.
     * The case's row is locked, so its decisions form one chain.
     *
     * @throws ApplicationException 403 outside the caller's groups or against separation of duties,
     *     409 when someone else claimed or completed it (or decided on the case since the document
     *     was prepared), 422 for an outcome the stage does not allow or a signature that fails a
     *     check, 400 when the outcome needs reasons, a comment or agencies
     */
    public void complete(
            Actor official, String taskId, Completion completion, SignedDocument signed) {
        // Lock the case before reading it: a decision that committed meanwhile is then seen, and
        // the task it completed is reported as completed (409).
        cases.lockByReference(
                businessKeys(List.of(requireWorkable(official, taskId)))
                        .values()
                        .iterator()
                        .next());
        Workable workable = requireCompletable(official, taskId, completion);
        Task task = workable.task();
        CaseStage stage = workable.stage();
        Instant now = clock.instant();
        signatures.requireRecent(signed.decidedAt(), now);
        DecisionDocument expected = document(workable, official, completion, signed.decidedAt());
        var verified = signatures.verify(official, expected, signed.document(), signed.signature());
        if (task.getAssignee() == null) {
            claimFor(official, task);
        }
        String documentHash = expected.hash();
        decisions.record(
                new StageDecision(
                        workable.application().id(),
                        taskId,
                        stage.name(),
                        completion.outcome(),
                        completion.comment(),
                        official.issuer(),
                        official.subject(),
                        official.username(),
                        completion.reasons(),
                        now,
                        new StageDecision.Signed(
                                signed.document(),
                                documentHash,
                                expected.previousDecisionHash().isEmpty()
                                        ? null
                                        : expected.previousDecisionHash(),
                                signed.signature(),
                                verified.certificate().id(),
                                verified.record())));
        // Recorded before the engine moves on, so the trail reads: completed, then next stage.
        record(
                official,
                "TASK_COMPLETED",
                task,
                workable.application(),
                Map.of(
                        "outcome", completion.outcome(),
                        "dossierHash", workable.application().contentHash(),
                        "documentHash", documentHash,
                        "certificate", verified.certificate().fingerprint(),
                        "algorithm", verified.algorithm()));
        try {
            tasks.complete(taskId, variables(stage, completion));
        } catch (OptimisticLockingException e) {
            throw ApplicationException.conflict("task.completed-meanwhile");
        }
        metrics.counter("licensing.tasks.completed", "stage", stage.name()).increment();
        // Task times are stamped by the engine clock, so the stage is measured on it too.
        Duration spent = Duration.between(task.getCreateTime().toInstant(), clock.instant());
        if (!spent.isNegative()) {
            metrics.timer("licensing.stage.duration", "stage", stage.name()).record(spent);
        }
    }

    /** The signed text of a decision, the time it states, and the detached JWS over it. */
    public record SignedDocument(String document, Instant decidedAt, String signature) {}

    private record Workable(Task task, CaseStage stage, Application application) {}

    private Workable requireCompletable(Actor official, String taskId, Completion completion) {
        Task task = requireWorkable(official, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(official.subject())) {
            throw ApplicationException.conflict("task.claimed-by-other");
        }
        CaseStage stage = stageOf(task);
        if (!stage.outcomes().contains(completion.outcome())) {
            throw ApplicationException.unprocessable(
                    "task.outcome-not-allowed",
                    completion.outcome(),
                    stage,
                    String.join(", ", stage.outcomes()));
        }
        requireDetails(stage, completion);
        Application application = applicationOf(task);
        SeparationOfDuties.check(official, application, stage, decisions);
        return new Workable(task, stage, application);
    }

    private DecisionDocument document(
            Workable workable, Actor official, Completion completion, Instant decidedAt) {
        String previous =
                decisions
                        .latestOf(workable.application().id())
                        .map(StageDecision::documentHash)
                        .orElse(null);
        return new DecisionDocument(
                workable.application().reference(),
                workable.task().getId(),
                workable.stage().name(),
                completion.outcome(),
                completion.comment(),
                completion.reasons().stream()
                        .map(r -> new DecisionDocument.Reason(r.document(), r.reason()))
                        .toList(),
                completion.agencies(),
                workable.application().contentHash(),
                previous,
                official.issuer(),
                official.subject(),
                decidedAt);
    }

    private static Map<String, Object> variables(CaseStage stage, Completion completion) {
        Map<String, Object> variables = new HashMap<>();
        if (stage != CaseStage.CONSULTATION) {
            variables.put(stage.outcomeVariable(), completion.outcome());
        }
        if (CaseStage.CONSULT.equals(completion.outcome())) {
            variables.put(CaseVariables.CONSULTED_AGENCIES, completion.agencies());
        }
        return variables;
    }

    private static void requireDetails(CaseStage stage, Completion completion) {
        String outcome = completion.outcome();
        if (outcome.equals(CaseStage.SUPPLEMENT_NEEDED) && completion.reasons().isEmpty()) {
            throw ApplicationException.invalid("reasons", "decision.supplement-needs-reasons");
        }
        if (CaseStage.ADVERSE.contains(outcome)
                && completion.reasons().isEmpty()
                && (completion.comment() == null || completion.comment().isBlank())) {
            throw ApplicationException.invalid("comment", "decision.refusal-needs-reasons");
        }
        if (outcome.equals(CaseStage.CONSULT)) {
            List<ApplicationException.Invalid> errors =
                    completion.agencies().stream()
                            .filter(a -> !a.startsWith(Roles.AGENCY_PREFIX))
                            .map(
                                    a ->
                                            new ApplicationException.Invalid(
                                                    "agencies",
                                                    Wording.of("decision.not-an-agency", a)))
                            .toList();
            if (completion.agencies().isEmpty()) {
                throw ApplicationException.invalid("agencies", "decision.name-agencies");
            }
            if (!errors.isEmpty()) {
                throw ApplicationException.invalid(errors);
            }
        }
    }

    private void claimFor(Actor official, Task task) {
        try {
            tasks.claim(task.getId(), official.subject());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw ApplicationException.conflict("task.claimed-by-other");
        }
    }

    /** The engine query for a filter; null when it cannot match anything. */
    private TaskQuery query(Actor official, InboxQuery filter) {
        List<String> groups = OfficialDirectory.groupsOf(official);
        if (groups.isEmpty()) {
            // e.g. the agency role without an agency-* group: the engine refuses an empty list.
            return null;
        }
        TaskQuery query =
                tasks.createTaskQuery()
                        .processDefinitionKey(ProcessModels.INVESTMENT_LICENSING)
                        .taskCandidateGroupIn(groups)
                        .includeAssignedTasks();
        if (filter.stage() != null) {
            query.taskDefinitionKey(filter.stage().activityId());
        }
        if (filter.investor() != null) {
            // The engine knows cases by reference only; the investor's cases are few, and the
            // inbox read model (issue 16) will join them instead.
            List<String> references = cases.referencesOfInvestorsNamed(filter.investor());
            if (filter.reference() != null) {
                references =
                        references.contains(filter.reference())
                                ? List.of(filter.reference())
                                : List.of();
            }
            if (references.isEmpty()) {
                return null;
            }
            query.processInstanceBusinessKeyIn(references.toArray(String[]::new));
        } else if (filter.reference() != null) {
            query.processInstanceBusinessKey(filter.reference());
        }
        if (filter.category() != null) {
            query.processVariableValueEquals(
                    CaseVariables.ENVIRONMENTAL_CATEGORY, filter.category().name());
        }
        if (filter.assignment() == InboxQuery.Assignment.ME) {
            query.taskAssignee(official.subject());
        } else if (filter.assignment() == InboxQuery.Assignment.UNASSIGNED) {
            query.taskUnassigned();
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(Date.from(filter.dueBefore()));
        }
        Date now = Date.from(clock.instant());
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.dueAfter(now);
        }
        if (filter.dueWithinWorkingDays() != null) {
            LocalDate today = LocalDate.ofInstant(now.toInstant(), Deadlines.AUTHORITY_ZONE);
            LocalDate last = rules.calendar().addWorkingDays(today, filter.dueWithinWorkingDays());
            query.dueAfter(now).dueBefore(Date.from(Deadlines.endOf(last)));
        }
        return query;
    }

    private Task requireWorkable(Actor official, String taskId) {
        Task task = find(taskId);
        List<String> groups = candidateGroups(List.of(task)).getOrDefault(taskId, List.of());
        boolean mine = official.subject().equals(task.getAssignee());
        if (!mine && groups.isEmpty()) {
            // Every task has candidate groups; none left means another official's completion
            // committed after we found the task (the concurrent-completion drill hits this).
            find(taskId);
        }
        if (!mine && groups.stream().noneMatch(official::hasRole)) {
            throw ApplicationException.forbidden("task.other-groups", String.join(", ", groups));
        }
        return task;
    }

    private Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        boolean completed =
                history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        if (completed) {
            throw ApplicationException.conflict("task.already-completed", taskId);
        }
        throw ApplicationException.notFound("task", taskId);
    }

    /**
     * The candidate groups of every task of a page in one query. The engine's API reads them one
     * task at a time (a command and three statements per task: 20 on an inbox page, measured in
     * bench/RESULTS.md), and fails with a NullPointerException when a concurrent completion deletes
     * the task between its own reads; this reads its identity-link table directly, as its own task
     * queries do, and a task completed meanwhile simply has no groups left.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> candidateGroups(List<Task> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows =
                entities.createNativeQuery(
                                "select task_id_, group_id_ from act_ru_identitylink"
                                        + " where type_ = :type and group_id_ is not null"
                                        + " and task_id_ in (:tasks) order by group_id_")
                        .setParameter("type", IdentityLinkType.CANDIDATE)
                        .setParameter("tasks", found.stream().map(Task::getId).toList())
                        .getResultList();
        return rows.stream()
                .collect(
                        Collectors.groupingBy(
                                row -> (String) row[0],
                                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    private static CaseStage stageOf(Task task) {
        return CaseStage.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Unknown task " + task.getTaskDefinitionKey()));
    }

    private Application applicationOf(Task task) {
        String reference = businessKeys(List.of(task)).get(task.getProcessInstanceId());
        return cases.byReference(reference).orElseThrow();
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> ids =
                found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private List<CaseTask> withApplications(List<Task> found) {
        Map<String, String> keys = businessKeys(found);
        Map<String, List<String>> groups = candidateGroups(found);
        Map<String, Application> byReference =
                keys.isEmpty()
                        ? Map.of()
                        : cases.byReferences(keys.values()).stream()
                                .collect(
                                        Collectors.toMap(
                                                Application::reference, Function.identity()));
        Date now = Date.from(clock.instant());
        return found.stream()
                // A task whose case ended since the engine listed it (completed meanwhile).
                .filter(task -> byReference.containsKey(keys.get(task.getProcessInstanceId())))
                .map(
                        task -> {
                            Application application =
                                    byReference.get(keys.get(task.getProcessInstanceId()));
                            return new CaseTask(
                                    task.getId(),
                                    stageOf(task),
                                    task.getName(),
                                    application.id(),
                                    application.reference(),
                                    application.details().projectName(),
                                    application.investorName(),
                                    application.details().environmentalCategory(),
                                    task.getAssignee(),
                                    groups.getOrDefault(task.getId(), List.of()),
                                    task.getCreateTime().toInstant(),
                                    task.getDueDate() == null
                                            ? null
                                            : task.getDueDate().toInstant(),
                                    task.getDueDate() != null && task.getDueDate().before(now));
                        })
                .toList();
    }

    /** Task events are recorded on the case (its audit object), naming the task in details. */
    private void record(
            Actor official,
            String action,
            Task task,
            Application application,
            Map<String, Object> extra) {
        Map<String, Object> details = new HashMap<>(extra);
        details.put("taskId", task.getId());
        details.put("stage", stageOf(task).name());
        details.put("reference", application.reference());
        details.put("investorId", application.investorId().toString());
        audit.record(
                official, action, Application.AUDIT_TARGET, application.id().toString(), details);
    }
}
