package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** {@code ${stageStarted}}: tells the application an official task was created. */
@Named("stageStarted")
@ApplicationScoped
public class StageStartedListener implements TaskListener {

    private final CaseLifecycle lifecycle;

    StageStartedListener(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
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
        lifecycle.stageStarted(
                task.getExecution().getProcessBusinessKey(),
                stage,
                task.getId(),
                task.getDueDate().toInstant());
    }
}
