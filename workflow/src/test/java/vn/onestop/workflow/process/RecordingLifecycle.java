package vn.onestop.workflow.process;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the process told the application, per case, in order: the port's test double. */
@Singleton
public class RecordingLifecycle implements CaseLifecycle {

    private final Map<String, List<String>> calls = new ConcurrentHashMap<>();

    /** The calls for one case so far, as "what detail". */
    public List<String> of(String reference) {
        List<String> recorded = calls.getOrDefault(reference, List.of());
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    @Override
    public void stageStarted(String reference, CaseStage stage, String taskId, Instant dueAt) {
        record(reference, "stageStarted " + stage);
    }

    @Override
    public void supplementRequested(String reference, CaseStage from, Instant answerDueAt) {
        record(reference, "supplementRequested " + from);
    }

    @Override
    public void lapseApproaching(String reference, Instant lapsesAt) {
        record(reference, "lapseApproaching");
    }

    @Override
    public void taskOverdue(String reference, CaseStage stage) {
        record(reference, "taskOverdue " + stage);
    }

    @Override
    public void consultationUnanswered(String reference, String agency) {
        record(reference, "consultationUnanswered " + agency);
    }

    @Override
    public void issueLicence(String reference) {
        record(reference, "issueLicence");
    }

    @Override
    public void caseEnded(String reference, CaseEnd end) {
        record(reference, "caseEnded " + end);
    }

    private void record(String reference, String call) {
        List<String> recorded =
                calls.computeIfAbsent(
                        reference, r -> java.util.Collections.synchronizedList(new ArrayList<>()));
        recorded.add(call);
    }
}
