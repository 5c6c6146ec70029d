package org.entente.app.archfixtureone;

import org.entente.app.archfixturetwo.SecondFeature;

/** Depends on the second feature, which depends back on this one: a cycle between feature slices. */
public class FirstFeature {

    public SecondFeature next() {
        return new SecondFeature();
    }
}
