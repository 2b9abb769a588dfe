package kz.shanyraq.app.security;

import kz.shanyraq.app.registry.Territory;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * A signed-in user: login, role and territorial scope.
 *
 * @param scope the territory the user works in; {@code null} for national users
 */
public final class ShanyraqUser implements UserDetails, CredentialsContainer {

    private final String username;
    private String passwordHash;
    private final Role role;
    private final Territory scope;
    private final boolean enabled;

    public ShanyraqUser(String username, String passwordHash, Role role, Territory scope, boolean enabled) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scope = scope;
        this.enabled = enabled;
    }

    public Role role() {
        return role;
    }

    public Territory scope() {
        return scope;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + " (" + role.code() + (scope == null ? ", national" : ", " + scope) + ")";
    }
}
