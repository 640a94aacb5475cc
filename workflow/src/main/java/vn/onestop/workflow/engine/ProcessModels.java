package vn.onestop.workflow.engine;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * Deploys the BPMN models at start-up. Duplicate filtering makes this idempotent: an unchanged
 * model is not deployed again, a changed one becomes a new version while running cases stay on the
 * version they started with.
 */
@Startup
@ApplicationScoped
public class ProcessModels {

    /** The investment licensing case, from submission to licence. */
    public static final String INVESTMENT_LICENSING = "investment-licensing";

    private static final String RESOURCE = "bpmn/investment-licensing.bpmn";

    ProcessModels(RepositoryService repository) {
        Deployment deployment =
                repository
                        .createDeployment()
                        .name(INVESTMENT_LICENSING)
                        .addClasspathResource(RESOURCE)
                        .enableDuplicateFiltering(true)
                        .deploy();
        Log.infof("Process model %s deployed (deployment %s)", RESOURCE, deployment.getId());
    }
}
