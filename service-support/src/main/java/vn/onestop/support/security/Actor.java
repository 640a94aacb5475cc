package vn.onestop.support.security;

import java.util.Set;

/**
 * Who is calling: the OIDC subject qualified by its issuer (a subject is only unique within its
 * issuer), a display name for audit and the roles the token grants.
 */
public record Actor(String issuer, String subject, String username, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
