package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * {@code ${stageStarted}}: tells the application an official task was created, and announces it to
 * the officials of its candidate groups (known here, after the engine assigned them).
 */
@Named("stageStarted")
@ApplicationScoped
public class StageStartedListener implements TaskListener {

    private final CaseLifecycle lifecycle;
    private final Event<InboxChange> inbox;

    StageStartedListener(CaseLifecycle lifecycle, Event<InboxChange> inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseStage stage =
                CaseStage.ofActivity(task.getTaskDefinitionKey())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "No stage for task "
                                                        + task.getTaskDefinitionKey()));
        String reference = task.getExecution().getProcessBusinessKey();
        lifecycle.stageStarted(reference, stage, task.getId(), task.getDueDate().toInstant());
        var groups =
                task.getCandidates().stream()
                        .map(IdentityLink::getGroupId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
        inbox.fire(new InboxChange(InboxChange.Kind.ENTERED, reference, stage, groups));
    }
}
