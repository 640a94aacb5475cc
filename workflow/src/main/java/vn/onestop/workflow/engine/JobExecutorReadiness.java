package vn.onestop.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the job executor runs timers and licence issues (when it is enabled). */
@Readiness
@ApplicationScoped
public class JobExecutorReadiness implements HealthCheck {

    private final ProcessEngine engine;
    private final WorkflowConfig config;

    JobExecutorReadiness(ProcessEngine engine, WorkflowConfig config) {
        this.engine = engine;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getJobExecutor();
        boolean expected = config.jobExecutor().enabled();
        return HealthCheckResponse.named("Process engine job executor")
                .status(!expected || executor.isActive())
                .withData("enabled", expected)
                .withData("active", executor.isActive())
                .build();
    }
}
