package org.entente.app.security;

import java.util.List;
import java.util.Optional;

/** The user directory kept in the registry's database. */
public interface UserAccounts {

    Optional<UserAccount> find(String name);

    /** Stores a new account; false when one with the name exists already. */
    boolean create(UserAccount account);

    void replace(UserAccount account);

    /** Accounts in name order, a page at a time. */
    List<UserAccount> list(int page, int size);

    long count();
}
