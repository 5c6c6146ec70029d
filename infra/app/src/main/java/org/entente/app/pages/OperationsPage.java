package org.entente.app.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.entente.app.operations.Projections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's page: every projection with its lag and generation, and a rebuild button that posts to
 * the administration API; a running rebuild's progress is polled from the same API without a reload.
 */
@Controller
@Hidden
class OperationsPage {

    private final Projections projections;

    OperationsPage(Projections projections) {
        this.projections = projections;
    }

    @GetMapping("/operations")
    String operations(Model model) {
        model.addAttribute("projections", projections.all());
        return "operations";
    }
}
