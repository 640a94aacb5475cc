package vn.onestop.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Actor} of the current request, from the verified bearer token. Request-scoped and read
 * per call: resources are singletons, so they must never keep an Actor in a field.
 */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentActor(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Actor get() {
        String username = token.getClaim("preferred_username");
        return new Actor(
                token.getIssuer(),
                token.getSubject(),
                username == null ? token.getSubject() : username,
                identity.getRoles());
    }
}
