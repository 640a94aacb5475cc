package vn.onestop.licensing.task.service;

import java.util.List;
import vn.onestop.licensing.decision.model.StageDecision;

/** An official's outcome for a task, with the comment, reasons and consulted agencies. */
public record Completion(
        String outcome, String comment, List<StageDecision.Reason> reasons, List<String> agencies) {

    public Completion {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
