package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code ${deadlines.due(execution, 'APPRAISAL')}} in the BPMN model: when a stage entered now is
 * due under the case's own rule set. The engine clock is used, so tests move time by moving it. The
 * result is kept on the activity's execution so the task's due date and its overdue timer agree
 * even across midnight.
 */
@Named("deadlines")
@ApplicationScoped
public class ProcessDeadlines {

    private final CaseRules rules;

    ProcessDeadlines(CaseRules rules) {
        this.rules = rules;
    }

    public Date due(DelegateExecution execution, String stageName) {
        String memo = "due" + stageName;
        if (execution.getVariableLocal(memo) instanceof Date known) {
            return known;
        }
        CaseStage stage = CaseStage.valueOf(stageName);
        var category =
                EnvironmentalCategory.valueOf(
                        (String) execution.getVariable(CaseVariables.ENVIRONMENTAL_CATEGORY));
        Date due =
                Date.from(
                        rules.dueAt(
                                (String) execution.getVariable(CaseVariables.RULE_SET),
                                stage.limitKey(category),
                                ClockUtil.getCurrentTime().toInstant()));
        execution.setVariableLocal(memo, due);
        return due;
    }
}
