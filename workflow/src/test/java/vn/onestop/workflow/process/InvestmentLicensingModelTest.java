package vn.onestop.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.workflow.engine.ProcessModels;

/**
 * The BPMN model itself, deployed on the engine against PostgreSQL, with the application behind
 * {@link CaseLifecycle} recorded instead of run: routes, supplements, deadlines on the engine's
 * clock, consultations and the ends of a case.
 */
@QuarkusTest
class InvestmentLicensingModelTest {

    private static final Duration SOON = Duration.ofSeconds(15);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RecordingLifecycle lifecycle;

    InvestmentLicensingModelTest(
            RuntimeService runtime,
            TaskService tasks,
            HistoryService history,
            RecordingLifecycle lifecycle) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.lifecycle = lifecycle;
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCarryAGroupIvCaseFromReceptionToItsLicence() {
        String reference = start(EnvironmentalCategory.IV);

        decide(reference, CaseStage.COMPLETENESS_CHECK, "COMPLETE");
        decide(reference, CaseStage.APPRAISAL, "RECOMMEND_APPROVAL");
        decide(reference, CaseStage.APPROVAL, "APPROVE");

        // The licence is issued on the job executor, after the approver's transaction.
        await().atMost(SOON).until(() -> ended(reference));
        assertThat(lifecycle.of(reference))
                .containsExactly(
                        "stageStarted COMPLETENESS_CHECK",
                        "stageStarted APPRAISAL",
                        "stageStarted APPROVAL",
                        "issueLicence");
        assertThat(endActivity(reference)).isEqualTo("licensed");
    }

    @Test
    void shouldRouteEachEnvironmentalGroupToItsReview() {
        Map<EnvironmentalCategory, CaseStage> expected =
                Map.of(
                        EnvironmentalCategory.I, CaseStage.ENVIRONMENTAL_IMPACT_REVIEW,
                        EnvironmentalCategory.II, CaseStage.ENVIRONMENTAL_IMPACT_REVIEW,
                        EnvironmentalCategory.III, CaseStage.ENVIRONMENTAL_REGISTRATION_CHECK,
                        EnvironmentalCategory.IV, CaseStage.APPRAISAL);
        expected.forEach(
                (category, stage) -> {
                    String reference = start(category);
                    decide(reference, CaseStage.COMPLETENESS_CHECK, "COMPLETE");

                    Task next = task(reference);
                    assertThat(next.getTaskDefinitionKey())
                            .as("%s", category)
                            .isEqualTo(stage.activityId());
                    assertThat(candidateGroups(next)).containsExactly(stage.group().orElseThrow());
                });
    }

    @Test
    void shouldEndRefusedCasesAtTheStageThatRefused() {
        String ineligible = start(EnvironmentalCategory.IV);
        decide(ineligible, CaseStage.COMPLETENESS_CHECK, "INELIGIBLE");

        String rejected = start(EnvironmentalCategory.III);
        decide(rejected, CaseStage.COMPLETENESS_CHECK, "COMPLETE");
        decide(rejected, CaseStage.ENVIRONMENTAL_REGISTRATION_CHECK, "REJECT");

        assertThat(lifecycle.of(ineligible)).endsWith("caseEnded REJECTED");
        assertThat(lifecycle.of(rejected))
                .containsExactly(
                        "stageStarted COMPLETENESS_CHECK",
                        "stageStarted ENVIRONMENTAL_REGISTRATION_CHECK",
                        "caseEnded REJECTED");
        assertThat(ended(ineligible)).isTrue();
        assertThat(endActivity(rejected)).isEqualTo("rejected");
    }

    @Test
    void shouldSendASupplementedDossierBackToTheStageThatAskedForIt() {
        String reference = start(EnvironmentalCategory.I);
        decide(reference, CaseStage.COMPLETENESS_CHECK, "COMPLETE");
        decide(reference, CaseStage.ENVIRONMENTAL_IMPACT_REVIEW, CaseStage.SUPPLEMENT_NEEDED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();

        runtime.createMessageCorrelation(CaseVariables.SUPPLEMENT_PROVIDED_MESSAGE)
                .processInstanceBusinessKey(reference)
                .correlateWithResult();

        assertThat(task(reference).getTaskDefinitionKey())
                .isEqualTo(CaseStage.ENVIRONMENTAL_IMPACT_REVIEW.activityId());
        assertThat(lifecycle.of(reference))
                .containsExactly(
                        "stageStarted COMPLETENESS_CHECK",
                        "stageStarted ENVIRONMENTAL_IMPACT_REVIEW",
                        "supplementRequested ENVIRONMENTAL_IMPACT_REVIEW",
                        "stageStarted ENVIRONMENTAL_IMPACT_REVIEW");
    }

    @Test
    void shouldWarnAndThenLapseAnUnansweredSupplementOnTheEnginesClock() {
        String reference = start(EnvironmentalCategory.IV);
        decide(reference, CaseStage.COMPLETENESS_CHECK, CaseStage.SUPPLEMENT_NEEDED);
        Instant answerDue = instantVariable(reference, CaseVariables.SUPPLEMENT_DUE_AT);
        Instant warning = instantVariable(reference, CaseVariables.SUPPLEMENT_WARNING_AT);
        assertThat(warning).isBefore(answerDue);

        moveEngineClockTo(warning.plusSeconds(60));
        await().atMost(SOON).until(() -> lifecycle.of(reference).contains("lapseApproaching"));
        assertThat(ended(reference)).as("still waiting for the investor").isFalse();

        moveEngineClockTo(answerDue.plusSeconds(60));
        await().atMost(SOON).until(() -> ended(reference));
        assertThat(lifecycle.of(reference))
                .containsExactly(
                        "stageStarted COMPLETENESS_CHECK",
                        "supplementRequested COMPLETENESS_CHECK",
                        "lapseApproaching",
                        "caseEnded LAPSED");
    }

    @Test
    void shouldEscalateAnOverdueTaskAndLeaveItOpen() {
        String reference = start(EnvironmentalCategory.IV);
        Task task = task(reference);
        assertThat(task.getDueDate()).isNotNull();

        moveEngineClockTo(task.getDueDate().toInstant().plusSeconds(60));

        await().atMost(SOON)
                .until(() -> lifecycle.of(reference).contains("taskOverdue COMPLETENESS_CHECK"));
        assertThat(task(reference).getId()).as("the same task, still open").isEqualTo(task.getId());
    }

    @Test
    void shouldConsultEachAgencyAndRecordTheOneThatDidNotAnswer() {
        String reference = start(EnvironmentalCategory.IV);
        decide(reference, CaseStage.COMPLETENESS_CHECK, "COMPLETE");
        Map<String, Object> consult = new HashMap<>();
        consult.put(CaseStage.APPRAISAL.outcomeVariable(), CaseStage.CONSULT);
        consult.put(CaseVariables.CONSULTED_AGENCIES, List.of("agency-moit", "agency-mof"));
        tasks.complete(task(reference).getId(), consult);

        List<Task> consultations =
                tasks.createTaskQuery().processInstanceBusinessKey(reference).list();
        assertThat(consultations)
                .extracting(Task::getTaskDefinitionKey)
                .containsOnly(CaseStage.CONSULTATION.activityId())
                .hasSize(2);
        Task moit =
                consultations.stream()
                        .filter(t -> candidateGroups(t).contains("agency-moit"))
                        .findFirst()
                        .orElseThrow();
        tasks.complete(moit.getId(), Map.of(CaseStage.CONSULTATION.outcomeVariable(), "AGREE"));
        Task mof = task(reference);
        assertThat(candidateGroups(mof)).containsExactly("agency-mof");

        moveEngineClockTo(mof.getDueDate().toInstant().plusSeconds(60));

        await().atMost(SOON)
                .until(
                        () ->
                                task(reference)
                                        .getTaskDefinitionKey()
                                        .equals(CaseStage.APPRAISAL.activityId()));
        assertThat(lifecycle.of(reference))
                .contains("consultationUnanswered agency-mof")
                .doesNotContain("consultationUnanswered agency-moit")
                .endsWith("stageStarted APPRAISAL");
    }

    @Test
    void shouldLetTheInvestorWithdrawAnOpenCase() {
        String reference = start(EnvironmentalCategory.IV);
        decide(reference, CaseStage.COMPLETENESS_CHECK, "COMPLETE");

        runtime.createMessageCorrelation(CaseVariables.CASE_WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(reference)
                .correlateWithResult();

        assertThat(ended(reference)).isTrue();
        assertThat(lifecycle.of(reference)).endsWith("caseEnded WITHDRAWN");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    private String start(EnvironmentalCategory category) {
        String reference = "WF-" + UUID.randomUUID();
        runtime.startProcessInstanceByKey(
                ProcessModels.INVESTMENT_LICENSING,
                reference,
                Map.of(
                        CaseVariables.APPLICATION_ID, UUID.randomUUID().toString(),
                        CaseVariables.ENVIRONMENTAL_CATEGORY, category.name(),
                        CaseVariables.RULE_SET, "VN-LI2025"));
        return reference;
    }

    private void decide(String reference, CaseStage stage, String outcome) {
        Task task = task(reference);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(stage.activityId());
        assertThat(stage.outcomes()).contains(outcome);
        tasks.complete(task.getId(), Map.of(stage.outcomeVariable(), outcome));
    }

    private Task task(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private boolean ended(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()
                == 0;
    }

    private String endActivity(String reference) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(
                        history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(reference)
                                .singleResult()
                                .getId())
                .activityType("noneEndEvent")
                .list()
                .stream()
                .map(a -> a.getActivityId())
                .filter(id -> !id.endsWith("Escalated"))
                .findFirst()
                .orElseThrow();
    }

    private Instant instantVariable(String reference, String name) {
        String instance =
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .singleResult()
                        .getId();
        return ((Date) runtime.getVariable(instance, name)).toInstant();
    }

    /** The engine's clock runs on from there, as it would in production. */
    private static void moveEngineClockTo(Instant when) {
        ClockUtil.offset(Duration.between(Instant.now(), when).toMillis());
    }
}
