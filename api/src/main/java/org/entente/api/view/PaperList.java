package org.entente.api.view;

import java.util.List;

public record PaperList(List<PaperView> items) {
}
