package vn.onestop.licensing.official.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.onestop.licensing.official.model.Official;
import vn.onestop.licensing.official.persistence.OfficialRepository;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.security.Actor;

/**
 * Who the officials are and which groups they hold, as their own sign-ins to the workspace told the
 * service. Chosen over reading Keycloak's admin API: no service account that may read every user's
 * personal data, no call to Keycloak on each reassignment, and any OIDC provider works. The price
 * is that groups are as of the official's last sign-in; a role taken away in Keycloak still stops
 * them at once, because every action checks the roles of the token that makes it.
 */
@ApplicationScoped
@Transactional
public class OfficialDirectory {

    private final OfficialRepository officials;
    private final ObjectMapper json;
    private final Clock clock;

    OfficialDirectory(OfficialRepository officials, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.officials = officials;
        this.json = json;
    }

    /** Records the caller's sign-in with the groups of their token and returns their entry. */
    public Official signedIn(Actor official, String displayName) {
        officials.upsert(
                official.subject(),
                official.issuer(),
                official.username(),
                displayName,
                encode(groupsOf(official)),
                clock.instant());
        officials.getEntityManager().clear();
        return officials.findById(official.subject());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Official> inGroup(String group, int page, int size) {
        return officials.inGroup(encode(List.of(group)), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countInGroup(String group) {
        return officials.countInGroup(encode(List.of(group)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Official> find(String subject) {
        return officials.findByIdOptional(subject);
    }

    /** The groups tasks are offered to: the official roles and the agencies' own roles. */
    public static List<String> groupsOf(Actor official) {
        return official.roles().stream()
                .filter(r -> Roles.OFFICIALS.contains(r) || r.startsWith(Roles.AGENCY_PREFIX))
                .sorted()
                .toList();
    }

    private String encode(List<String> groups) {
        try {
            return json.writeValueAsString(groups);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }
}
