package org.entente.verify.archfixture;

import org.bson.Document;

/** A verifier typed on the database's documents: an auditor would need the database's driver. */
public class VerifierReadingBson {

    public String hashOf(Document stored) {
        return stored.getString("hash");
    }
}
