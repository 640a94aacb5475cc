package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${issueLicence}}: runs asynchronously, after the approval has committed. */
@Named("issueLicence")
@ApplicationScoped
public class IssueLicenceDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;

    IssueLicenceDelegate(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.issueLicence(execution.getProcessBusinessKey());
    }
}
