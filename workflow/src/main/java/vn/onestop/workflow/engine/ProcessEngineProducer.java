package vn.onestop.workflow.engine;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Builds the one process engine of the application over the Quarkus datasource and JTA transaction
 * manager. Transactions are externally managed, so engine calls made inside a
 * {@code @Transactional} method commit or roll back together with the application's own writes. The
 * schema is created by Flyway ({@link vn.onestop.workflow.engine.schema}); the engine only checks
 * that it matches.
 */
@ApplicationScoped
public class ProcessEngineProducer {

    static final String ENGINE_NAME = "licensing";

    @Produces
    @Singleton
    ProcessEngine processEngine(
            AgroalDataSource dataSource,
            TransactionManager transactionManager,
            WorkflowConfig config) {
        var configuration = new QuarkusProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType("postgres");
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(config.historyLevel());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new ArcBeans());
        // Engine-internal meter logs would add writes to every command; Micrometer covers metrics.
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setJobExecutor(jobExecutor(config.jobExecutor()));
        configuration.setJobExecutorActivate(config.jobExecutor().enabled());
        ProcessEngine engine = configuration.buildProcessEngine();
        Log.infof(
                "Process engine '%s' started (history %s, job executor %s)",
                ENGINE_NAME, config.historyLevel(), config.jobExecutor().enabled() ? "on" : "off");
        return engine;
    }

    void close(@Disposes ProcessEngine engine) {
        engine.close();
    }

    /**
     * Stops acquiring jobs as soon as shutdown begins, while the datasource is still open, so no
     * job starts against a closing pool.
     */
    void stopJobs(@Observes ShutdownEvent event, ProcessEngine engine) {
        var executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getJobExecutor();
        if (executor.isActive()) {
            executor.shutdown();
        }
    }

    @Produces
    @Singleton
    RuntimeService runtimeService(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Produces
    @Singleton
    TaskService taskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Produces
    @Singleton
    HistoryService historyService(ProcessEngine engine) {
        return engine.getHistoryService();
    }

    @Produces
    @Singleton
    RepositoryService repositoryService(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Produces
    @Singleton
    ManagementService managementService(ProcessEngine engine) {
        return engine.getManagementService();
    }

    private static DefaultJobExecutor jobExecutor(WorkflowConfig.JobExecutor config) {
        var executor = new DefaultJobExecutor();
        executor.setCorePoolSize(config.corePoolSize());
        executor.setMaxPoolSize(config.maxPoolSize());
        executor.setQueueSize(config.queueSize());
        executor.setMaxJobsPerAcquisition(config.maxJobsPerAcquisition());
        executor.setMaxWait(config.maxWait().toMillis());
        executor.setLockTimeInMillis((int) config.lockTime().toMillis());
        return executor;
    }
}
