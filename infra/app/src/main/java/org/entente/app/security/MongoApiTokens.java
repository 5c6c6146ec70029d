package org.entente.app.security;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.entente.app.mongo.DocumentCollection;
import org.entente.app.mongo.QueryIndexes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tokens as documents addressed by their id, which every authenticated request looks up; listing a user's
 * tokens is rare (the user or an administrator asks) and bounded by the per-user limit.
 */
final class MongoApiTokens implements ApiTokens {

    static final String COLLECTION = "api_tokens";

    private final DocumentCollection<ApiToken> tokens;

    MongoApiTokens(MongoDatabase database, QueryIndexes indexes) {
        this.tokens = new DocumentCollection<>(database, COLLECTION, ApiToken.class);
        indexes.ensure(tokens.raw(), Indexes.ascending("user"));
    }

    @Override
    public Optional<ApiToken> find(String id) {
        return tokens.find(id);
    }

    @Override
    public void save(ApiToken token) {
        tokens.save(token.id(), token);
    }

    @Override
    public List<ApiToken> ofUser(String user) {
        return tokens.findAll(Filters.eq("user", user)).stream()
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed().thenComparing(ApiToken::id))
                .toList();
    }
}
