package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.onestop.workflow.limits.LimitKey;

/**
 * {@code ${requestSupplement}}: the case waits for the investor. Records where to return and when
 * the answer is due (the lapse timer reads it), then tells the application.
 */
@Named("requestSupplement")
@ApplicationScoped
public class RequestSupplementDelegate implements JavaDelegate {

    private final CaseLifecycle lifecycle;
    private final CaseRules rules;

    RequestSupplementDelegate(CaseLifecycle lifecycle, CaseRules rules) {
        this.lifecycle = lifecycle;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStage from = CaseStage.valueOf((String) execution.getVariable("supplementFrom"));
        Instant dueAt =
                rules.dueAt(
                        (String) execution.getVariable(CaseVariables.RULE_SET),
                        LimitKey.SUPPLEMENT_RESPONSE,
                        ClockUtil.getCurrentTime().toInstant());
        // The task has input mappings, so its own variables are local: write to the case.
        var processInstance = execution.getProcessInstance();
        processInstance.setVariable(CaseVariables.SUPPLEMENT_RETURN, from.name());
        processInstance.setVariable(CaseVariables.SUPPLEMENT_DUE_AT, Date.from(dueAt));
        lifecycle.supplementRequested(execution.getProcessBusinessKey(), from, dueAt);
    }
}
