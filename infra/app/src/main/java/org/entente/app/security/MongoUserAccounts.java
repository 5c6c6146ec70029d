package org.entente.app.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.entente.app.mongo.DocumentCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts as documents addressed by the user's name. */
final class MongoUserAccounts implements UserAccounts {

    static final String COLLECTION = "users";

    private final DocumentCollection<UserAccount> accounts;

    MongoUserAccounts(MongoDatabase database) {
        this.accounts = new DocumentCollection<>(database, COLLECTION, UserAccount.class);
    }

    @Override
    public Optional<UserAccount> find(String name) {
        return accounts.find(name);
    }

    @Override
    public boolean create(UserAccount account) {
        try {
            accounts.insert(account.name(), account);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void replace(UserAccount account) {
        accounts.save(account.name(), account);
    }

    @Override
    public List<UserAccount> list(int page, int size) {
        // An administrator's listing, bounded by the page size; accounts are few beside the registry's records.
        return accounts.raw().find(new Document()).sort(Sorts.ascending("_id")).skip(page * size).limit(size)
                .map(accounts::read).into(new ArrayList<>());
    }

    @Override
    public long count() {
        return accounts.raw().countDocuments();
    }
}
