package org.entente.api.view;

import java.util.List;

public record CheckList(List<CheckView> items) {
}
