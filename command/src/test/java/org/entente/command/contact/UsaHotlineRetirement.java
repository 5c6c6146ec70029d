package org.entente.command.contact;

import org.entente.api.contact.PointOfContactRetired;

import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;

/** The United States' hotline retired as the contact tests tell it: the line moved to a new operations centre. */
final class UsaHotlineRetirement {

    static final String REASON = "Line moved to a new operations centre";
    static final PointOfContactRetired RETIRED = new PointOfContactRetired(ID, USA_HOTLINE.id(), REASON, TERMINATED);

    private UsaHotlineRetirement() {
    }
}
