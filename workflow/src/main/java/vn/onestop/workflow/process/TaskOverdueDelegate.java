package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code ${taskOverdue}}: a stage's task passed its due date (non-interrupting timer). Only the
 * stages with a group of their own escalate, so that group is the one to tell.
 */
@Named("taskOverdue")
@ApplicationScoped
public class TaskOverdueDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;
    private final Event<InboxChange> inbox;

    TaskOverdueDelegate(CaseLifecycle lifecycle, Event<InboxChange> inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStage stage = CaseStage.valueOf((String) execution.getVariable("overdueStage"));
        String reference = execution.getProcessBusinessKey();
        lifecycle.taskOverdue(reference, stage);
        inbox.fire(
                new InboxChange(
                        InboxChange.Kind.OVERDUE,
                        reference,
                        stage,
                        stage.group().map(Set::of).orElse(Set.of())));
    }
}
