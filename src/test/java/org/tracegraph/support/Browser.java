package org.tracegraph.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, pointed at one Tracegraph. One per test class.
 *
 * <p>Nothing is downloaded: with the driver's path given to the service, Selenium never starts Selenium
 * Manager (the only part of Selenium that goes on the network, to fetch drivers and to send its usage
 * statistics, which {@code SE_AVOID_STATS} would switch off), and the Chromium flags below turn off the
 * browser's own background traffic.
 *
 * <p>What a test must be able to assert, beyond the DOM: the browser console (every SEVERE entry, kept
 * across page loads), and whether anything called {@code alert()}. A script installed before every page
 * load records {@code alert/confirm/prompt} calls in sessionStorage instead of opening a dialog, so a
 * dialog neither blocks the next WebDriver call nor goes unnoticed.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final String DIALOGS_KEY = "__browserTestDialogs";
    // CDP commands go through chromedriver and need no DevTools bindings for this Chromium version, so the
    // warning that none match is noise. Held here so the logger (and its level) is not garbage-collected.
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.OFF);
    }

    /** Installed before any script of every page: dialogs are recorded, not shown. */
    private static final String DIALOG_RECORDER = """
            (() => {
              const record = (kind, message) => {
                try {
                  const list = JSON.parse(sessionStorage.getItem('%1$s') || '[]');
                  list.push(kind + ': ' + String(message));
                  sessionStorage.setItem('%1$s', JSON.stringify(list));
                } catch (e) { /* no sessionStorage on about:blank */ }
              };
              window.alert = message => record('alert', message);
              window.confirm = message => { record('confirm', message); return false; };
              window.prompt = message => { record('prompt', message); return null; };
            })();
            """.formatted(DIALOGS_KEY);

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final Path downloads;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver, String base, Path profile, Path downloads) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Starts a browser for the Tracegraph at {@code base} (e.g. {@code http://localhost:7070}). */
    public static Browser start(String base) {
        Path profile;
        Path downloads;
        try {
            profile = Files.createTempDirectory("tracegraph-chromium-");
            downloads = Files.createTempDirectory("tracegraph-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--disable-dev-shm-usage", "--password-store=basic",
                "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        var driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_RECORDER));
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            driver.manage().timeouts().scriptTimeout(TIMEOUT);
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new Browser(driver, base, profile, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Loads {@code pathAndQuery} (e.g. {@code /?focus=ndi}) of the Tracegraph and waits until it is idle. */
    public void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
        waitIdle();
    }

    /** The current address, without the scheme, host and port. */
    public String pathAndQuery() {
        var url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /**
     * Waits until the explorer says it is idle ({@code html[data-busy="false"]}) and stays so for a moment:
     * a click starts work a little later than the click, and the page is briefly "false" in between.
     */
    public void waitIdle() {
        long settledSince = -1;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            var busy = js("return document.documentElement.dataset.busy === undefined ? null"
                    + " : document.documentElement.dataset.busy");
            long now = System.nanoTime();
            if ("false".equals(busy)) {
                if (settledSince < 0) settledSince = now;
                if (now - settledSince >= Duration.ofMillis(250).toNanos()) return;
            } else {
                settledSince = -1;
            }
            if (now > deadline) {
                throw new TimeoutException("the page never became idle (html[data-busy=\"false\"]); data-busy is "
                        + busy + " at " + pathAndQuery());
            }
            sleep(50);
        }
    }

    /** Runs {@code script} in the page ({@code arguments[i]} are the args) and returns what it returns. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an async {@code script}: it ends by calling {@code arguments[arguments.length - 1](result)}. */
    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Waits until {@code condition} holds, or fails naming {@code what}. */
    public void waitUntil(String what, Supplier<Boolean> condition) {
        waitUntil(what, TIMEOUT, condition);
    }

    public void waitUntil(String what, Duration timeout, Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout).withMessage(what).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(condition.get()));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for an element that is displayed, and returns it. */
    public WebElement visible(String css) {
        waitUntil(css + " is displayed", () -> findAll(css).stream().anyMatch(WebElement::isDisplayed));
        return findAll(css).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }

    public Actions actions() {
        return new Actions(driver);
    }

    /** The keyboard focus: the id of the active element ("" when it has none). */
    public String focusedId() {
        return String.valueOf(js("return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Every SEVERE console entry since the last {@link #clearConsole()}, except a missing favicon. */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    /** Every console entry since the last {@link #clearConsole()}. */
    public List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    public void clearConsole() {
        console();
        console.clear();
    }

    /** Every {@code alert/confirm/prompt} since the last {@link #clearDialogs()}, and a dialog left open. */
    public List<String> dialogs() {
        var found = new ArrayList<String>();
        try {
            var open = driver.switchTo().alert();
            found.add("open dialog: " + open.getText());
            open.dismiss();
        } catch (NoAlertPresentException e) {
            // the usual case
        }
        var recorded = js("try { return JSON.parse(sessionStorage.getItem(arguments[0]) || '[]'); }"
                + " catch (e) { return []; }", DIALOGS_KEY);
        if (recorded instanceof List<?> list) list.forEach(item -> found.add(String.valueOf(item)));
        return found;
    }

    public void clearDialogs() {
        js("try { sessionStorage.removeItem(arguments[0]); } catch (e) { }", DIALOGS_KEY);
    }

    /** The download directory, emptied. */
    public Path emptyDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            for (var file : files.toList()) Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return downloads;
    }

    /** Waits for a finished download whose name ends with {@code suffix}, and returns it. */
    public Path download(String suffix) {
        waitUntil("a download *" + suffix + " in " + downloads, () -> downloaded(suffix) != null);
        return downloaded(suffix);
    }

    private Path downloaded(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            var all = files.toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) return null;
            return all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot, with the address, console and dialogs beside it, in target/browser-screenshots/. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var png = SCREENSHOTS.resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            var notes = new StringBuilder("url: ").append(driver.getCurrentUrl()).append('\n');
            dialogs().forEach(d -> notes.append("dialog: ").append(d).append('\n'));
            console().forEach(e -> notes.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n'));
            Files.writeString(SCREENSHOTS.resolve(name + ".txt"), notes, StandardCharsets.UTF_8);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JUnit extension that saves a screenshot of the class's browser when a test fails. */
    public static TestWatcher screenshotOnFailure(Supplier<Browser> browser) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                var current = browser.get();
                if (current == null) return;
                try {
                    current.screenshot(context.getRequiredTestClass().getSimpleName() + "."
                            + context.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        };
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    /** Deletes a temporary directory and what it holds; one left behind is no failure. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is no failure
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
