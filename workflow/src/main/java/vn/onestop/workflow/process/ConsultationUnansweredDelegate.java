package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${consultationUnanswered}}: a consulted agency let its deadline pass. */
@Named("consultationUnanswered")
@ApplicationScoped
public class ConsultationUnansweredDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;

    ConsultationUnansweredDelegate(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.consultationUnanswered(
                execution.getProcessBusinessKey(), (String) execution.getVariable("agency"));
    }
}
