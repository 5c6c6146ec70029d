package org.entente.api.paper;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;

@QueryModel
public record PaperList(List<PaperView> items) {
}
