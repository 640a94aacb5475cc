package vn.onestop.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.JakartaTransactionInterceptor;
import org.camunda.bpm.engine.impl.interceptor.LogInterceptor;

/**
 * The engine over Quarkus's Agroal datasource and Narayana transaction manager.
 *
 * <p>Schema operations normally run on a plain, non-JTA command executor, which Agroal refuses
 * ("Deferred enlistment not supported"); here they run inside a JTA transaction like every other
 * command.
 */
class QuarkusProcessEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    @Override
    protected void initCommandExecutorDbSchemaOperations() {
        if (commandExecutorSchemaOperations == null) {
            List<CommandInterceptor> chain =
                    List.of(
                            new LogInterceptor(),
                            new CommandCounterInterceptor(this),
                            new JakartaTransactionInterceptor(transactionManager, false, this),
                            new CommandContextInterceptor(
                                    dbSchemaOperationsCommandContextFactory, this));
            commandExecutorSchemaOperations =
                    initInterceptorChain(new java.util.ArrayList<>(chain));
        }
    }
}
