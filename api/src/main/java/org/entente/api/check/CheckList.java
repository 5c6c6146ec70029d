package org.entente.api.check;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;

@QueryModel
public record CheckList(List<CheckView> items) {
}
