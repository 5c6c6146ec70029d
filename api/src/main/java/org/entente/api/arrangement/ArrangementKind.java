package org.entente.api.arrangement;

public enum ArrangementKind {
    BILATERAL, MULTILATERAL
}
