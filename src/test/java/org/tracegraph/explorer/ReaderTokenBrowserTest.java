package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The explorer on a private Tracegraph (READER_TOKEN set): the first refused read asks for the token, a
 * wrong one is refused with the server's reason, the right one makes every read work, and a reload in the
 * same tab needs no second sign-in. A server of its own, since the shared one has public reads.
 */
class ReaderTokenBrowserTest {
    private static final String READER_TOKEN = "test-reader-token";
    private static Path dataDir;
    private static Server server;
    private static Browser browser;

    @RegisterExtension
    static final TestWatcher SCREENSHOTS = Browser.screenshotOnFailure(() -> browser);

    @BeforeAll
    static void startAPrivateTracegraph() throws Exception {
        dataDir = Files.createTempDirectory("tracegraph-private-");
        var env = TestServer.environment(dataDir);
        env.put("READER_TOKEN", READER_TOKEN);
        server = Server.start(Settings.fromEnvironment(env));
        browser = Browser.start("http://localhost:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        Browser.deleteTree(dataDir);
    }

    @Test
    void the_explorer_asks_for_the_reader_token_and_sends_it_with_every_read() {
        var http = new Http(browser.base());
        assertEquals(401, http.get("/api/entities/ruslan-bashirli").status(), "the server is private");

        browser.driver().get(browser.base() + "/?focus=ruslan-bashirli");
        var token = browser.visible("#reader-token");
        assertTrue(browser.find("#reader-login-reason").getText().contains("only token holders"));
        token.sendKeys("not-the-token");
        browser.find("#reader-login-submit").click();
        browser.waitUntil("the wrong token is refused and asked again", () ->
                browser.find("#reader-login-reason").getText().contains("refused that token"));

        browser.visible("#reader-token").sendKeys(READER_TOKEN);
        browser.find("#reader-login-submit").click();
        browser.waitIdle();
        browser.waitUntil("Bashirli and his neighbours on the canvas", () -> Boolean.TRUE.equals(browser.js(
                "return cy.getElementById('ruslan-bashirli').nonempty() && cy.nodes().length > 5")));
        assertEquals(false, browser.js("return document.getElementById('reader-login').open"), "the dialog is closed");

        var box = browser.find("#search-input");
        box.click();
        box.sendKeys("Ismayilova");
        browser.waitUntil("search suggestions, read with the token", () ->
                !browser.findAll("#search-suggestions [role=option]").isEmpty());

        browser.open("/?focus=ndi");
        browser.waitUntil("NDI on the canvas after a reload, without a second sign-in", () -> Boolean.TRUE.equals(
                browser.js("return cy.getElementById('ndi').nonempty()")));
        assertEquals(false, browser.js("return document.getElementById('reader-login').open"));

        var unexpected = browser.consoleErrors().stream()
                .filter(m -> !m.contains("status of 401")).toList();
        assertEquals(List.of(), unexpected, "console errors other than the refused reads");
        assertEquals(List.of(), browser.dialogs());
    }
}
