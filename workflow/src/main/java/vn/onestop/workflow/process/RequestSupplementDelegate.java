package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
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

    /** How long before the answer period ends the investor is warned of the lapse. */
    static final Duration LAPSE_WARNING_LEAD = Duration.ofDays(7);

    private final CaseLifecycle lifecycle;
    private final CaseRules rules;

    RequestSupplementDelegate(CaseLifecycle lifecycle, CaseRules rules) {
        this.lifecycle = lifecycle;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStage from = CaseStage.valueOf((String) execution.getVariable("supplementFrom"));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant dueAt =
                rules.dueAt(
                        (String) execution.getVariable(CaseVariables.RULE_SET),
                        LimitKey.SUPPLEMENT_RESPONSE,
                        now);
        // The task has input mappings, so its own variables are local: write to the case.
        var processInstance = execution.getProcessInstance();
        processInstance.setVariable(CaseVariables.SUPPLEMENT_RETURN, from.name());
        processInstance.setVariable(CaseVariables.SUPPLEMENT_DUE_AT, Date.from(dueAt));
        Instant warnAt = dueAt.minus(LAPSE_WARNING_LEAD);
        processInstance.setVariable(
                CaseVariables.SUPPLEMENT_WARNING_AT, Date.from(warnAt.isAfter(now) ? warnAt : now));
        lifecycle.supplementRequested(execution.getProcessBusinessKey(), from, dueAt);
    }
}
