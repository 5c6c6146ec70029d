package org.entente.app.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium and its WebDriver, where the distribution puts them ({@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} installs them). Both are named to Selenium outright, so Selenium Manager,
 * which would otherwise look for (and download) a browser and a driver, never runs: the build machines reach
 * Maven Central, Debian and npm, nothing else.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static {
        // Selenium traces every WebDriver command through OpenTelemetry unless told not to; nothing here reads traces.
        System.setProperty("webdriver.remote.enableTracing", "false");
    }

    private Chromium() {
    }

    /**
     * Whether Chromium and its driver are installed. Without them the browser tests are skipped on a developer's
     * machine, said so on the console, and fail under CI, which must install them.
     *
     * @return null where they are installed, else why the tests of {@code testClass} are skipped
     */
    static String whyNotInstalled(String testClass) {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return null;
        }
        String message = "Chromium or its WebDriver is not installed (" + BINARY + ", " + DRIVER + "), so the browser tests of "
                + testClass + " do not run";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI must install the Debian packages chromium and chromium-driver (.ci/run does)");
        }
        System.out.println(message + "; install them with: sudo apt-get install chromium chromium-driver");
        return message;
    }

    /** A headless Chromium of its own, with a profile of its own that is deleted when the browser closes. */
    static Browser start(String baseUrl, Screen screen) {
        Path profile = newProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // Headless on a machine without a display or a sandbox-capable kernel, and quiet: no updates, no sync, no
        // background requests to anyone's servers.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=" + screen.windowSize());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), baseUrl, profile);
        } catch (RuntimeException e) {
            Browser.deleteProfile(profile);
            throw e;
        }
    }

    private static Path newProfile() {
        try {
            return Files.createTempDirectory("entente-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code infra/app/target/screenshots}: Maven names the module's directory; an IDE runs tests in it. */
    static Path screenshots() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "screenshots");
    }
}
