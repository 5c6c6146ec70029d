package org.entente.app.security;

import java.util.List;
import java.util.Optional;

/** The API tokens users issued, kept in the registry's database. */
public interface ApiTokens {

    Optional<ApiToken> find(String id);

    void save(ApiToken token);

    /** A user's tokens, newest first. */
    List<ApiToken> ofUser(String user);
}
