package org.entente.app.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A page checked with axe-core, reading only what keeps people out: violations of serious or critical impact. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** The page's serious and critical violations, one rule a paragraph with the elements it found; empty when none. */
    static String seriousViolations(WebDriver driver) {
        // The pages hold no frames, so axe-core checks the page where it is rather than gathering frames' results.
        Results results = new AxeBuilder().disableIframeTesting().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        return blocking.stream().map(Accessibility::describe).collect(Collectors.joining());
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                .append(" <").append(rule.getHelpUrl()).append(">\n");
        for (CheckedNode node : rule.getNodes()) {
            text.append("    at ").append(node.getTarget()).append(": ").append(node.getHtml()).append('\n');
            if (node.getFailureSummary() != null) {
                text.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
            }
        }
        return text.toString();
    }
}
