package org.tracegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser test class shares: one headless Chromium per class against the test server, a screenshot
 * when a test fails, and after every test no console error and no dialog. Chromium logs every HTTP error
 * answer to a fetch as a console error, so a test that provokes one on purpose declares it in
 * {@link #expectedConsoleErrors}; anything else logged fails the test.
 */
@ExtendWith(TestServer.class)
public abstract class BrowserTest {
    protected static Browser browser;
    protected final Http http = TestServer.http();
    protected final List<Pattern> expectedConsoleErrors = new ArrayList<>();

    @RegisterExtension
    static final TestWatcher SCREENSHOTS = Browser.screenshotOnFailure(() -> browser);

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(TestServer.http().base());
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }

    @BeforeEach
    void forgetEarlierMessages() {
        browser.clearConsole();
        browser.clearDialogs();
        expectedConsoleErrors.clear();
    }

    @AfterEach
    void nothingWentWrongInThePage() {
        var errors = browser.consoleErrors().stream()
                .filter(m -> expectedConsoleErrors.stream().noneMatch(p -> p.matcher(m).find()))
                .toList();
        assertEquals(List.of(), errors, "console errors (SEVERE) at " + browser.pathAndQuery());
        assertEquals(List.of(), browser.dialogs(), "alert/confirm/prompt called");
    }
}
