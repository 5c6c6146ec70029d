package org.entente.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.app.testing.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One headless Chromium on the application, as a person uses it: signs in through the sign-in page, opens
 * pages, fills and sends forms. Every page a test checks is kept as a screenshot under
 * {@code infra/app/target/screenshots/<test>-<step>.png}, for a person to look at what the test saw.
 */
public final class Browser implements AutoCloseable {

    /** How long a page may take to show what a test waits for: pages answer in milliseconds, live updates in a second. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Keeps every event stream a page opens in {@code window.__ententeEventStreams}, installed before the page's
     * own scripts run, so that a test can wait until the page listens before it changes what the page shows.
     */
    private static final String WATCH_EVENT_STREAMS = """
            (() => {
              const Original = window.EventSource;
              if (!Original || window.__ententeEventStreams) { return; }
              const streams = [];
              window.__ententeEventStreams = streams;
              window.EventSource = class extends Original {
                constructor(url, options) { super(url, options); streams.push(this); }
              };
            })();
            """;

    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {headers: {Accept: arguments[1]}, credentials: 'same-origin'})
              .then(answer => answer.text().then(body => done({status: answer.status, body: body})))
              .catch(failure => done({status: -1, body: String(failure)}));
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    private String test = "browser";

    Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_EVENT_STREAMS));
    }

    /** The test now running, which names the screenshots. */
    void runs(String test) {
        this.test = test;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a page of the application: {@code path} is its path and query, such as {@code /arrangements?q=cyber}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The current page's path and query. */
    public String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Signs in as one of the test {@link Users} through the sign-in page, and waits until it has let the user in. */
    public Browser signIn(String user) {
        attemptSignIn(user, Users.passwordOf(user));
        await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    /** Fills in the sign-in page with a name and a password and sends it, whatever the answer. */
    public Browser attemptSignIn(String user, String password) {
        signOut();
        open("/login");
        type("username", user);
        type("password", password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        return this;
    }

    /** Forgets the session, as a browser closed and opened again would. */
    public Browser signOut() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /** A JSON answer of the API as the page's own scripts would fetch it, signed in as the page is. */
    public JsonNode fetchJson(String path) {
        Fetched answer = fetch(path, "application/json");
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + answer.body(), e);
        }
    }

    /** The status a page answers with (WebDriver does not tell a page's status), fetched as the browser would ask for it. */
    public int statusOf(String path) {
        return fetch(path, "text/html").status();
    }

    private Fetched fetch(String path, String accept) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(FETCH, baseUrl + path, accept);
        return new Fetched(((Number) answer.get("status")).intValue(), (String) answer.get("body"));
    }

    private record Fetched(int status, String body) {
    }

    /** The first element {@code css} selects, once the page shows one. */
    public WebElement find(String css) {
        return await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Every element {@code css} selects now, none if there is none. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A form's field by its id or, failing that, its name: forms name their fields as the API does. */
    public WebElement field(String name) {
        return find("[id='" + name + "'], [name='" + name + "']");
    }

    public Browser type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Enters a date into a date field. Typing would depend on the browser's locale (a date input shows the
     * user's own format), so the value is set as the input holds it, ISO-8601, with the events typing fires.
     */
    public Browser enterDate(String field, LocalDate date) {
        script("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                """, field(field), date.toString());
        return this;
    }

    /**
     * Sends the form that holds {@code field} with its submit button, pressed from the keyboard. The browser's own
     * checks of the values (a date input's {@code min}, say) are turned off first: what the test sends is meant
     * to reach the registry, whose refusal the page has to show.
     */
    public Browser submitFormOf(String field) {
        WebElement form = field(field).findElement(By.xpath("ancestor::form"));
        script("arguments[0].noValidate = true;", form);
        // From the keyboard, as someone who does not use a mouse sends it: the button takes the focus and Enter presses it.
        form.findElement(By.cssSelector("[type=submit]")).sendKeys(Keys.ENTER);
        return this;
    }

    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /**
     * Waits until {@code condition} holds (answers something other than null or false), at most {@link #PATIENCE}. An
     * element the page replaced meanwhile, as a live page does when it refreshes a section, is looked for again.
     */
    public <T> T await(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the page listens to the registry's changes on an event stream whose address holds {@code path}. */
    public Browser awaitEventStreamOpen(String path) {
        await(d -> (Boolean) script("""
                return (window.__ententeEventStreams || [])
                  .some(stream => stream.readyState === EventSource.OPEN && stream.url.includes(arguments[0]));
                """, path));
        return this;
    }

    /** Shows the pages as on {@code screen}. */
    public Browser on(Screen screen) {
        driver.manage().window().setSize(screen.size());
        return this;
    }

    /** Keeps what the page shows now as {@code <test>-<step>.png}: the path. */
    public Path screenshot(String step) {
        Path file = Chromium.screenshots().resolve(test + "-" + step + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Keeps a screenshot of the page and checks it with axe-core: the serious and critical violations it finds,
     * readably, each with the elements concerned; empty when there are none.
     */
    public String accessibilityViolations(String step) {
        Path shot = screenshot(step);
        String violations = Accessibility.seriousViolations(driver);
        return violations.isEmpty() ? "" : location() + " (" + shot.getFileName() + "):\n" + violations;
    }

    /** Fails with the serious and critical accessibility violations of the page, if it has any. */
    public Browser assertAccessible(String step) {
        String violations = accessibilityViolations(step);
        if (!violations.isEmpty()) {
            throw new AssertionError("Serious or critical accessibility violations on " + violations);
        }
        return this;
    }

    /** Whether the element shows the date, written either as ISO-8601 or as a {@code <time>} of that date. */
    public static boolean showsDate(WebElement element, LocalDate date) {
        if (element.getText().contains(date.toString())) {
            return true;
        }
        try {
            element.findElement(By.cssSelector("time[datetime^='" + date + "']"));
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
