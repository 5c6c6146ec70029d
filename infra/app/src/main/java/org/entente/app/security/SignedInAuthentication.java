package org.entente.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A user signed in with a token (an API token or the identity provider's): the credentials are not kept. */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    /** How the user signed in. */
    enum Method { API_TOKEN, IDENTITY_PROVIDER }

    private final SignedInUser user;
    private final Method method;

    SignedInAuthentication(SignedInUser user, Method method) {
        super(AccountDetails.authoritiesOf(user));
        this.user = user;
        this.method = method;
        setAuthenticated(true);
    }

    Method method() {
        return method;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.name();
    }
}
