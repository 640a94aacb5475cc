package vn.onestop.licensing.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import vn.onestop.licensing.application.service.ConsultedAgencies;
import vn.onestop.workflow.process.CaseStage;

/**
 * A case's consultations as the engine's history has them: each consulted agency got a task whose
 * candidate group is its role, open or answered (history level full keeps the group).
 */
@ApplicationScoped
class EngineConsultations implements ConsultedAgencies {

    private final HistoryService history;

    EngineConsultations(HistoryService history) {
        this.history = history;
    }

    @Override
    public boolean anyConsulted(String caseReference, Set<String> agencies) {
        return agencies.stream()
                .anyMatch(
                        agency ->
                                history.createHistoricTaskInstanceQuery()
                                                .processInstanceBusinessKey(caseReference)
                                                .taskDefinitionKey(
                                                        CaseStage.CONSULTATION.activityId())
                                                .taskHadCandidateGroup(agency)
                                                .count()
                                        > 0);
    }
}
