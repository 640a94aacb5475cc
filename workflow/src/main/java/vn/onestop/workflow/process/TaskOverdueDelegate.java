package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${taskOverdue}}: a stage's task passed its due date (non-interrupting timer). */
@Named("taskOverdue")
@ApplicationScoped
public class TaskOverdueDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;

    TaskOverdueDelegate(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStage stage = CaseStage.valueOf((String) execution.getVariable("overdueStage"));
        lifecycle.taskOverdue(execution.getProcessBusinessKey(), stage);
    }
}
