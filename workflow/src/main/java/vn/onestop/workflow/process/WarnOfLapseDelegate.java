package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${warnOfLapse}}: the supplement is still owed and the answer period ends soon. */
@Named("warnOfLapse")
@ApplicationScoped
public class WarnOfLapseDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;

    WarnOfLapseDelegate(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date lapsesAt = (Date) execution.getVariable(CaseVariables.SUPPLEMENT_DUE_AT);
        lifecycle.lapseApproaching(execution.getProcessBusinessKey(), lapsesAt.toInstant());
    }
}
