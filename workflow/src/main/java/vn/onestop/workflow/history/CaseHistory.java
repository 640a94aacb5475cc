package vn.onestop.workflow.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the engine's history says about a case and its tasks, in plain types. The engine may clean
 * its history up after {@code historyTimeToLive}; the services' own audit trail does not depend on
 * it.
 */
@ApplicationScoped
public class CaseHistory {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseHistory(HistoryService history, RuntimeService runtime, TaskService tasks) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** References of the cases now waiting in activity {@code activityId}. */
    public Set<String> referencesAt(String activityId) {
        return runtime.createProcessInstanceQuery().activityIdIn(activityId).list().stream()
                .map(ProcessInstance::getBusinessKey)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Open tasks past their due date. */
    public long overdueOpenTasks(Instant now) {
        return tasks.createTaskQuery().dueBefore(Date.from(now)).count();
    }

    /**
     * One activity of a case's process: a task, timer, service task or event. {@code overdue}: a
     * task that ended (or is still open) after its due date.
     */
    public record Step(
            String activityId,
            String name,
            String type,
            Instant startedAt,
            Instant endedAt,
            Long durationMillis,
            String taskId,
            String assignee,
            List<String> candidateGroups,
            Instant dueAt,
            boolean overdue) {}

    /** A completed user task, for statistics. */
    public record CompletedTask(
            String taskId,
            String reference,
            String stage,
            String assignee,
            Instant createdAt,
            Instant completedAt,
            Instant dueAt) {}

    /** Every activity of the case's process instances, in the order they started. */
    public List<Step> steps(String reference, Instant now) {
        List<Step> steps = new ArrayList<>();
        for (HistoricProcessInstance instance :
                history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .list()) {
            Map<String, HistoricTaskInstance> tasks =
                    history
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(instance.getId())
                            .list()
                            .stream()
                            .collect(
                                    Collectors.toMap(
                                            HistoricTaskInstance::getId, Function.identity()));
            for (HistoricActivityInstance activity :
                    history.createHistoricActivityInstanceQuery()
                            .processInstanceId(instance.getId())
                            .orderByHistoricActivityInstanceStartTime()
                            .asc()
                            .orderPartiallyByOccurrence()
                            .asc()
                            .list()) {
                HistoricTaskInstance task =
                        activity.getTaskId() == null ? null : tasks.get(activity.getTaskId());
                Instant due = task == null ? null : instant(task.getDueDate());
                Instant ended = instant(activity.getEndTime());
                steps.add(
                        new Step(
                                activity.getActivityId(),
                                activity.getActivityName(),
                                activity.getActivityType(),
                                instant(activity.getStartTime()),
                                ended,
                                activity.getDurationInMillis(),
                                activity.getTaskId(),
                                activity.getAssignee(),
                                task == null ? List.of() : candidateGroups(task.getId()),
                                due,
                                due != null && (ended == null ? now : ended).isAfter(due)));
            }
        }
        steps.sort(Comparator.comparing(Step::startedAt));
        return steps;
    }

    /** User tasks completed in {@code [from, to)}, with their case reference. */
    public List<CompletedTask> completedBetween(Instant from, Instant to) {
        List<HistoricTaskInstance> tasks =
                history.createHistoricTaskInstanceQuery()
                        .finished()
                        .finishedAfter(Date.from(from.minusMillis(1)))
                        .finishedBefore(Date.from(to))
                        .list();
        Map<String, String> references =
                tasks.isEmpty()
                        ? Map.of()
                        : history
                                .createHistoricProcessInstanceQuery()
                                .processInstanceIds(
                                        tasks.stream()
                                                .map(HistoricTaskInstance::getProcessInstanceId)
                                                .collect(Collectors.toSet()))
                                .list()
                                .stream()
                                .collect(
                                        Collectors.toMap(
                                                HistoricProcessInstance::getId,
                                                p -> String.valueOf(p.getBusinessKey())));
        return tasks.stream()
                .map(
                        t ->
                                new CompletedTask(
                                        t.getId(),
                                        references.get(t.getProcessInstanceId()),
                                        t.getTaskDefinitionKey(),
                                        t.getAssignee(),
                                        instant(t.getStartTime()),
                                        instant(t.getEndTime()),
                                        instant(t.getDueDate())))
                .toList();
    }

    private List<String> candidateGroups(String taskId) {
        TreeSet<String> groups = new TreeSet<>();
        for (HistoricIdentityLinkLog link :
                history.createHistoricIdentityLinkLogQuery()
                        .taskId(taskId)
                        .type(IdentityLinkType.CANDIDATE)
                        .orderByTime()
                        .asc()
                        .list()) {
            if (link.getGroupId() == null) {
                continue;
            }
            if ("delete".equals(link.getOperationType())) {
                groups.remove(link.getGroupId());
            } else {
                groups.add(link.getGroupId());
            }
        }
        return List.copyOf(groups);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
