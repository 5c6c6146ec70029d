package org.entente.app.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.ArrayList;
import java.util.List;

/**
 * The Chromium browsers of one test class, on the shared application ({@code @EntenteApplicationTest}). A
 * browser starts when a test first asks for one and serves the class's later tests too, signed out and back
 * on a laptop's screen each time, so a class pays for starting Chromium once; the browsers close after the
 * class. Register it as a static field:
 * <pre>{@code @RegisterExtension static final Browsers browsers = new Browsers();}</pre>
 * Without Chromium installed the class's tests are skipped, or fail under CI ({@link Chromium#whyNotInstalled}). A
 * test that fails leaves a screenshot of every browser it used, {@code <test>-failure.png}.
 */
public final class Browsers implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    private final List<Browser> started = new ArrayList<>();
    private final List<Browser> usedByTest = new ArrayList<>();
    private String notInstalled;
    private String baseUrl;
    private String test;

    @Override
    public void beforeAll(ExtensionContext context) {
        notInstalled = Chromium.whyNotInstalled(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Each test skipped on its own, so that the build counts and names the tests it skipped.
        Assumptions.assumeTrue(notInstalled == null, notInstalled);
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        usedByTest.clear();
    }

    /** The class's first browser, signed out, on a laptop's screen. */
    public Browser open() {
        return browser(0);
    }

    /** A second browser beside the first, such as another person's looking at the same page; signed out. */
    public Browser openAnother() {
        return browser(1);
    }

    private Browser browser(int index) {
        while (started.size() <= index) {
            started.add(Chromium.start(baseUrl, Screen.LAPTOP));
        }
        Browser browser = started.get(index);
        browser.runs(index == 0 ? test : test + "-" + (index + 1));
        browser.signOut().on(Screen.LAPTOP);
        usedByTest.add(browser);
        return browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (Browser browser : usedByTest) {
                try {
                    browser.screenshot("failure");
                } catch (RuntimeException e) {
                    context.getExecutionException().get().addSuppressed(e);
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RuntimeException failure = null;
        for (Browser browser : started) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
