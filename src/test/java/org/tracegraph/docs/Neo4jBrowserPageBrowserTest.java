package org.tracegraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/**
 * Neo4j Browser at /browser, as it ships, under the policy Tracegraph serves it with (Guards.BROWSER_POLICY),
 * in headless Chromium: its connect form appears filled in with the embedded Bolt address, it connects over
 * a WebSocket with the Neo4j password, and it runs a query. BrowserTest fails on any console error, and a
 * Content-Security-Policy violation is one: the policy blocks nothing it needs, only its calls to third parties.
 */
class Neo4jBrowserPageBrowserTest extends BrowserTest {
    /**
     * What the policy blocks on purpose, so that no third party learns who opens it: Neo4j Browser's calls
     * home (Google Fonts, imported by its CSS; Sentry traces and crash reports; Segment analytics; the Canny
     * feedback widget). A new host here fails the test, to be looked at.
     */
    private static final String THIRD_PARTIES =
            "https://(fonts\\.googleapis\\.com|[a-z0-9]+\\.ingest\\.sentry\\.io|cdn\\.segment\\.com|canny\\.io)/";
    /** Chromium says it twice for a fetch: the request refused, and the directive that refused it. */
    private static final Pattern THIRD_PARTY_BLOCKED = Pattern.compile(
            "(Loading the (script|stylesheet)|Connecting to) '" + THIRD_PARTIES + "[^']*' violates the following Content"
                    + " Security Policy directive|Fetch API cannot load " + THIRD_PARTIES + "\\S*\\. Refused to connect"
                    + " because it violates the document's Content Security Policy");

    @Test
    void neo4j_browser_renders_its_connect_form_connects_and_runs_a_query_under_its_policy() throws Exception {
        int bolt = TestServer.server().embedded().orElseThrow().boltPort();
        expectedConsoleErrors.add(THIRD_PARTY_BLOCKED);
        // Before connecting, Neo4j Browser asks the Bolt address over plain HTTP for discovery; a Bolt port
        // answers nothing there, which Chromium logs. That is how the Browser connects, not a policy matter.
        expectedConsoleErrors.add(Pattern.compile(
                "^http://127\\.0\\.0\\.1:" + bolt + "/ - Failed to load resource: net::ERR_EMPTY_RESPONSE$"));
        browser.driver().get(browser.base() + "/browser");

        browser.waitUntil("the connect form, with the embedded Bolt address and user", Duration.ofSeconds(60),
                () -> Boolean.TRUE.equals(browser.js("const values = [...document.querySelectorAll('input')].map(i => i.value);"
                        + " return values.includes(arguments[0]) && values.includes('neo4j')", "127.0.0.1:" + bolt)));
        var password = Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip();
        browser.find("input[type=password]").sendKeys(password);
        browser.js("[...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Connect').click()");
        browser.waitUntil("connected as neo4j", Duration.ofSeconds(60), () -> String.valueOf(
                browser.js("return document.body.innerText")).contains("You are connected as user"));
        var editor = browser.find(".monaco-editor textarea");
        editor.sendKeys("MATCH (n:Person {id: 'ruslan-bashirli'}) RETURN n.name AS who");
        editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.ENTER));
        browser.waitUntil("the query's answer", Duration.ofSeconds(60), () -> String.valueOf(
                browser.js("return document.body.innerText")).contains("Ruslan Bashirli"));

        var cspMessages = browser.console().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Content Security Policy"))
                .filter(m -> !THIRD_PARTY_BLOCKED.matcher(m).find())
                .toList();
        assertEquals(List.of(), cspMessages, "no other policy violation, warnings included");
    }
}
