package org.entente.api.dashboard;

import org.jmolecules.architecture.cqrs.QueryModel;

/** How many of a party's points of contact in effect are in each liveness. */
@QueryModel
public record ContactHealth(int verified, int stale, int unreachable, int untested) {

    public int total() {
        return verified + stale + unreachable + untested;
    }
}
