package vn.onestop.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import vn.onestop.workflow.engine.ProcessModels;
import vn.onestop.workflow.process.CaseVariables;

/**
 * The same BPMN driven in-process through the engine's Java API: no HTTP, no tokens, no signatures,
 * no application tables, no audit trail; the service tasks are no-ops. The same Group IV path as
 * the case benchmark (three user tasks, the asynchronous licence job), on PostgreSQL with full
 * history. The suite's cases/s divided by this is the suite's own overhead.
 */
final class EngineAlone {

    /** An engine on {@code database}; {@code deploy} deploys the model (a database of its own). */
    static ProcessEngine engine(String database, boolean deploy) {
        String host = Api.env("PGHOST", "127.0.0.1");
        String port = Api.env("PGPORT", "5432");
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl)
                        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration
                .setJdbcUrl("jdbc:postgresql://" + host + ":" + port + "/" + database)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(Api.env("PG_SUPERUSER", "postgres"))
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(
                        deploy
                                ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
                                : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory("full")
                .setJobExecutorActivate(false)
                .setJdbcMaxActiveConnections(20);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setBeans(beans());
        ProcessEngine engine = configuration.buildProcessEngine();
        if (deploy
                && engine.getRepositoryService()
                                .createProcessDefinitionQuery()
                                .processDefinitionKey(ProcessModels.INVESTMENT_LICENSING)
                                .count()
                        == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .addClasspathResource("bpmn/investment-licensing.bpmn")
                    .deploy();
        }
        return engine;
    }

    Map<String, Object> run(ProcessEngine engine, int threads, int casesEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            work.add(
                    () -> {
                        for (int c = 0; c < casesEach; c++) {
                            runCase(engine);
                        }
                        return null;
                    });
        }
        runCase(engine); // parses the model and fills the caches before the clock starts
        long start = System.nanoTime();
        for (Future<Void> future : pool.invokeAll(work)) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("threads", threads);
        result.put("cases", threads * casesEach);
        result.put("seconds", CaseLoad.round(seconds));
        result.put("casesPerSecond", CaseLoad.round(threads * casesEach / seconds));
        return result;
    }

    /** Starts one case in the given state, as the licensing-service's submission does. */
    static String start(ProcessEngine engine, String reference, String applicationId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.APPLICATION_ID, applicationId);
        variables.put(CaseVariables.ENVIRONMENTAL_CATEGORY, "IV");
        variables.put(CaseVariables.RULE_SET, "VN-LI2020");
        return engine.getRuntimeService()
                .startProcessInstanceByKey(ProcessModels.INVESTMENT_LICENSING, reference, variables)
                .getId();
    }

    private static void runCase(ProcessEngine engine) {
        String instance = start(engine, "ENG-" + UUID.randomUUID(), UUID.randomUUID().toString());
        complete(engine, instance, "reception", "completenessOutcome", "COMPLETE");
        complete(engine, instance, "appraisal", "appraisalOutcome", "RECOMMEND_APPROVAL");
        complete(engine, instance, "approver", "approvalOutcome", "APPROVE");
        Job licence =
                engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance)
                        .activityId("issueLicence")
                        .singleResult();
        engine.getManagementService().executeJob(licence.getId());
    }

    private static void complete(
            ProcessEngine engine, String instance, String official, String variable, String value) {
        Task task =
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult();
        engine.getTaskService().claim(task.getId(), official);
        engine.getTaskService().complete(task.getId(), Map.of(variable, value));
    }

    private static Map<Object, Object> beans() {
        JavaDelegate nothing = execution -> {};
        TaskListener listening = task -> {};
        Map<Object, Object> beans = new HashMap<>();
        for (String name :
                List.of(
                        "taskOverdue",
                        "requestSupplement",
                        "warnOfLapse",
                        "lapseCase",
                        "issueLicence",
                        "rejectCase",
                        "withdrawCase",
                        "consultationUnanswered")) {
            beans.put(name, nothing);
        }
        beans.put("stageStarted", listening);
        beans.put("deadlines", new Deadlines());
        return beans;
    }

    /** Stage deadlines a month ahead: the timers exist (as in the suite) but never fire. */
    public static final class Deadlines {
        public Date due(DelegateExecution execution, String stage) {
            return new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        }
    }
}
