package org.entente.api.arrangement;

/** NEGOTIATING → IN_FORCE ⇄ SUSPENDED → TERMINATED; TERMINATED is final. */
public enum ArrangementStatus {
    NEGOTIATING, IN_FORCE, SUSPENDED, TERMINATED
}
