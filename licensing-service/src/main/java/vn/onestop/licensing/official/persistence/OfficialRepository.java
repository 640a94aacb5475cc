package vn.onestop.licensing.official.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.onestop.licensing.official.model.Official;

/** The directory of officials who have signed in. */
@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, String> {

    /**
     * Records a sign-in. One statement, so two sign-ins of the same official at once (two tabs)
     * both succeed and the later one's groups win.
     */
    public void upsert(
            String subject,
            String issuer,
            String username,
            String displayName,
            String groupsJson,
            Instant now) {
        getEntityManager()
                .createNativeQuery(
                        "insert into official (subject, issuer, username, display_name, groups,"
                                + " first_seen_at, last_seen_at)"
                                + " values (:subject, :issuer, :username, :name,"
                                + " cast(:groups as jsonb), :now, :now)"
                                + " on conflict (subject) do update set issuer = excluded.issuer,"
                                + " username = excluded.username,"
                                + " display_name = excluded.display_name,"
                                + " groups = excluded.groups, last_seen_at = excluded.last_seen_at")
                .setParameter("subject", subject)
                .setParameter("issuer", issuer)
                .setParameter("username", username)
                .setParameter("name", displayName)
                .setParameter("groups", groupsJson)
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Officials holding a group, by user name; the GIN index answers the containment. The group
     * comes as the JSON array {@code ["reception"]}.
     */
    @SuppressWarnings("unchecked")
    public List<Official> inGroup(String groupJson, int page, int size) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from official where groups @> cast(:group as jsonb)"
                                + " order by username, subject limit :size offset :offset",
                        Official.class)
                .setParameter("group", groupJson)
                .setParameter("size", size)
                .setParameter("offset", page * size)
                .getResultList();
    }

    public long countInGroup(String groupJson) {
        return ((Number)
                        getEntityManager()
                                .createNativeQuery(
                                        "select count(*) from official"
                                                + " where groups @> cast(:group as jsonb)")
                                .setParameter("group", groupJson)
                                .getSingleResult())
                .longValue();
    }
}
