package vn.onestop.licensing.official.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An official as the service last saw them sign in: their account and the groups (realm roles)
 * their token carried. Written only by {@code OfficialDirectory}'s upsert.
 */
@Entity
@Table(name = "official")
public class Official {

    @Id private String subject;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> groups;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected Official() {}

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> groups() {
        return groups;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public boolean holdsAny(List<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }
}
