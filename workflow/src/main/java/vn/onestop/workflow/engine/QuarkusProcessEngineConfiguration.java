package vn.onestop.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl;
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
            List<CommandInterceptor> chain = new ArrayList<>();
            chain.add(new LogInterceptor());
            chain.add(new CommandCounterInterceptor(this));
            chain.add(new JakartaTransactionInterceptor(transactionManager, false, this));
            chain.add(new CommandContextInterceptor(dbSchemaOperationsCommandContextFactory, this));
            chain.add(new CommandExecutorImpl());
            commandExecutorSchemaOperations = initInterceptorChain(chain);
        }
    }
}
