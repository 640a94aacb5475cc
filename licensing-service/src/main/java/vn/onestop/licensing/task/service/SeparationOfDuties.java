package vn.onestop.licensing.task.service;

import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.decision.service.Decisions;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.process.CaseStage;

/**
 * Four eyes: nobody acts on a case in which they are the investor, and the official who appraised a
 * case cannot approve it.
 */
final class SeparationOfDuties {

    private SeparationOfDuties() {}

    static void check(
            Actor official, Application application, CaseStage stage, Decisions decisions) {
        if (application.isOwnedBy(official.issuer(), official.subject())) {
            throw ApplicationException.forbidden("duties.own-case", application.reference());
        }
        boolean appraised =
                decisions.decided(
                        application.id(),
                        CaseStage.APPRAISAL.name(),
                        official.issuer(),
                        official.subject());
        if (stage == CaseStage.APPROVAL && appraised) {
            throw ApplicationException.forbidden("duties.appraised", application.reference());
        }
    }
}
