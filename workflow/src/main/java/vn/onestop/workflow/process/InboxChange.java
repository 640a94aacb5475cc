package vn.onestop.workflow.process;

import java.util.Set;

/**
 * A task entered its groups' inbox, or passed its due date: fired as a CDI event inside the
 * engine's transaction, so an observer's writes (and PostgreSQL notifications) commit with it.
 *
 * @param groups the task's candidate groups, realm roles of the officials who work it
 */
public record InboxChange(Kind kind, String caseReference, CaseStage stage, Set<String> groups) {

    public enum Kind {
        ENTERED,
        OVERDUE
    }

    public InboxChange {
        groups = Set.copyOf(groups);
    }
}
