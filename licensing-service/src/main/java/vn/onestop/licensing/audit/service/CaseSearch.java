package vn.onestop.licensing.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.workflow.history.CaseHistory;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.process.CaseStage;

/** Finds submitted cases for auditors by any combination of criteria. */
@ApplicationScoped
@Transactional
public class CaseSearch {

    private static final String COLUMNS =
            "a.id, a.reference, a.investor_id, a.investor_name, a.project_name, a.status,"
                    + " a.rule_set, a.content_hash, a.submitted_at, a.statutory_due_date,"
                    + " a.ended_at";

    private final Session session;
    private final CaseHistory engineHistory;
    private final Clock clock;

    CaseSearch(Session session, CaseHistory engineHistory, Clock clock) {
        this.clock = clock;
        this.session = session;
        this.engineHistory = engineHistory;
    }

    /**
     * Unset criteria do not narrow. {@code stage}: cases now waiting in that stage; {@code from}
     * and {@code to}: submitted in {@code [from, to)}; {@code official}: someone (subject or
     * username) who acted on the case; {@code overdue}: still open past the statutory due date.
     */
    public record Criteria(
            UUID investorId,
            ApplicationStatus status,
            CaseStage stage,
            Instant from,
            Instant to,
            Boolean overdue,
            String official) {}

    public List<CaseAudit.CaseSummary> search(Criteria criteria, int page, int size) {
        LocalDate today = today();
        return session.doReturningWork(
                connection -> {
                    List<Object> parameters = new ArrayList<>();
                    String sql =
                            "select "
                                    + COLUMNS
                                    + " from application a where "
                                    + where(criteria, parameters, today)
                                    + " order by a.submitted_at desc, a.reference"
                                    + " limit ? offset ?";
                    parameters.add(size);
                    parameters.add((long) page * size);
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        bind(select, parameters);
                        List<CaseAudit.CaseSummary> found = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.add(read(rows, today));
                            }
                        }
                        return found;
                    }
                });
    }

    public long count(Criteria criteria) {
        LocalDate today = today();
        return session.doReturningWork(
                connection -> {
                    List<Object> parameters = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select count(*) from application a where "
                                            + where(criteria, parameters, today))) {
                        bind(select, parameters);
                        try (ResultSet row = select.executeQuery()) {
                            row.next();
                            return row.getLong(1);
                        }
                    }
                });
    }

    /** Open cases past their statutory due date. */
    public long overdueCases() {
        return count(new Criteria(null, null, null, null, null, true, null));
    }

    static CaseAudit.CaseSummary summary(Application application, Instant now) {
        return new CaseAudit.CaseSummary(
                application.id(),
                application.reference(),
                application.investorId(),
                application.investorName(),
                application.details().projectName(),
                application.status().name(),
                application.ruleSet(),
                application.contentHash(),
                application.submittedAt(),
                application.statutoryDueDate(),
                application.endedAt(),
                overdue(application.endedAt(), application.statutoryDueDate(), today(now)));
    }

    private String where(Criteria criteria, List<Object> parameters, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        conditions.add("a.status <> 'DRAFT'");
        if (criteria.investorId() != null) {
            conditions.add("a.investor_id = ?");
            parameters.add(criteria.investorId());
        }
        if (criteria.status() != null) {
            conditions.add("a.status = ?");
            parameters.add(criteria.status().name());
        }
        if (criteria.stage() != null) {
            Set<String> waiting = engineHistory.referencesAt(criteria.stage().activityId());
            conditions.add("a.reference = any(?)");
            parameters.add(waiting.toArray(String[]::new));
        }
        if (criteria.from() != null) {
            conditions.add("a.submitted_at >= ?");
            parameters.add(Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            conditions.add("a.submitted_at < ?");
            parameters.add(Timestamp.from(criteria.to()));
        }
        if (criteria.overdue() != null) {
            String late = "(a.ended_at is null and a.statutory_due_date < ?)";
            conditions.add(criteria.overdue() ? late : "not " + late);
            parameters.add(Date.valueOf(today));
        }
        if (criteria.official() != null) {
            conditions.add(
                    "exists (select 1 from audit_event e where e.target_type = '"
                            + Application.AUDIT_TARGET
                            + "' and e.target_id = a.id::text and e.outcome = 'SUCCESS'"
                            + " and (e.actor_subject = ? or e.actor_username = ?))");
            parameters.add(criteria.official());
            parameters.add(criteria.official());
        }
        return String.join(" and ", conditions);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof String[] values) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text", values));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }

    private static CaseAudit.CaseSummary read(ResultSet row, LocalDate today) throws SQLException {
        Instant ended = instant(row, 11);
        Date due = row.getDate(10);
        LocalDate dueDate = due == null ? null : due.toLocalDate();
        return new CaseAudit.CaseSummary(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getObject(3, UUID.class),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                instant(row, 9),
                dueDate,
                ended,
                overdue(ended, dueDate, today));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static boolean overdue(Instant endedAt, LocalDate dueDate, LocalDate today) {
        return endedAt == null && dueDate != null && dueDate.isBefore(today);
    }

    private LocalDate today() {
        return today(clock.instant());
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
    }
}
