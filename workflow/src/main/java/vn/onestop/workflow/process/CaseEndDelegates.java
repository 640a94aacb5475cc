package vn.onestop.workflow.process;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${rejectCase}}, {@code ${lapseCase}}, {@code ${withdrawCase}}: ends without a licence. */
public final class CaseEndDelegates {

    private CaseEndDelegates() {}

    abstract static class EndCase implements JavaDelegate {
        private final CaseLifecycle lifecycle;
        private final CaseEnd end;

        EndCase(CaseLifecycle lifecycle, CaseEnd end) {
            this.lifecycle = lifecycle;
            this.end = end;
        }

        @Override
        public void execute(DelegateExecution execution) {
            lifecycle.caseEnded(execution.getProcessBusinessKey(), end);
        }
    }

    /** Ineligible dossier, refused environmental review or refused approval. */
    @Named("rejectCase")
    @Singleton
    public static class Reject extends EndCase {
        Reject(CaseLifecycle lifecycle) {
            super(lifecycle, CaseEnd.REJECTED);
        }
    }

    /** The investor did not answer a supplement request in time. */
    @Named("lapseCase")
    @Singleton
    public static class Lapse extends EndCase {
        Lapse(CaseLifecycle lifecycle) {
            super(lifecycle, CaseEnd.LAPSED);
        }
    }

    /** The investor withdrew before approval. */
    @Named("withdrawCase")
    @Singleton
    public static class Withdraw extends EndCase {
        Withdraw(CaseLifecycle lifecycle) {
            super(lifecycle, CaseEnd.WITHDRAWN);
        }
    }
}
