package org.entente.app.archfixturetwo;

import org.entente.app.archfixtureone.FirstFeature;

/** Depends back on the first feature. */
public class SecondFeature {

    public FirstFeature previous() {
        return new FirstFeature();
    }
}
