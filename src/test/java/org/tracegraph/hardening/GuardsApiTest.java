package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Apps;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Tokens, security headers, CORS, body sizes and rate limits: what every request passes before its handler. */
@ExtendWith(TestServer.class)
class GuardsApiTest {
    private static final String READER = "reader-token-for-this-test";
    private final Http http = TestServer.http();

    @Test
    void the_apps_pages_carry_a_strict_policy_without_inline_script_and_cannot_be_framed() {
        for (var path : new String[] {"/", "/docs/", "/problems/", "/api/search?q=musavat", "/nothing-here"}) {
            var page = http.get(path);
            var policy = page.header("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
            assertFalse(policy.contains("unsafe-eval"), path);
            assertTrue(policy.contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", page.header("X-Frame-Options"), path);
            assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", page.header("Referrer-Policy"), path);
        }
        for (var path : new String[] {"/", "/docs/", "/problems/"}) {
            var body = http.get(path).body();
            assertFalse(body.matches("(?s).*<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>.*"),
                    path + " has an inline script");
            assertFalse(body.matches("(?s).*\\son[a-z]+=\".*"), path + " has an inline event handler");
        }
    }

    @Test
    void neo4j_browser_alone_gets_the_looser_policy_it_needs() {
        var browser = http.get("/browser/index.html");
        assertTrue(browser.header("Content-Security-Policy").contains("'unsafe-eval'"));
        assertTrue(browser.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", browser.header("X-Content-Type-Options"));
    }

    @Test
    void cors_is_closed_by_default_and_a_preflight_from_another_site_is_refused() {
        var response = http.withHeader("Origin", "https://evil.example").get("/api/search?q=musavat");
        assertEquals(200, response.status());
        assertNull(response.header("Access-Control-Allow-Origin"));
        var preflight = http.withHeader("Origin", "https://evil.example")
                .withHeader("Access-Control-Request-Method", "POST").send("OPTIONS", "/api/entities", null, null);
        assertProblem(preflight, 403);
        assertNull(preflight.header("Access-Control-Allow-Origin"));
    }

    @Test
    void cors_origins_opens_the_api_to_the_sites_named_and_answers_their_preflights() {
        Apps.with(Map.of("CORS_ORIGINS", "https://news.example"), other -> {
            var news = other.withHeader("Origin", "https://news.example");
            var preflight = news.withHeader("Access-Control-Request-Method", "PATCH")
                    .withHeader("Access-Control-Request-Headers", "authorization, if-match")
                    .send("OPTIONS", "/api/entities/ruslan-bashirli", null, null);
            assertEquals(204, preflight.status(), preflight::toString);
            assertEquals("https://news.example", preflight.header("Access-Control-Allow-Origin"));
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("PATCH"));
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("If-Match"));
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Tracegraph-Bookmark"));
            var read = news.get("/api/entities/ruslan-bashirli");
            assertEquals(200, read.status());
            assertEquals("https://news.example", read.header("Access-Control-Allow-Origin"));
            assertTrue(read.header("Access-Control-Expose-Headers").contains("ETag"));
            assertTrue(read.header("Access-Control-Expose-Headers").contains("Tracegraph-Bookmark"),
                    "a page elsewhere reads the bookmark of its write, to send it back");
            var elsewhere = other.withHeader("Origin", "https://news.example.evil.example").get("/api/health");
            assertNull(elsewhere.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void with_a_reader_token_reads_need_a_token_but_embeds_and_docs_stay_public() {
        Apps.with(Map.of("READER_TOKEN", READER), other -> {
            var refused = assertProblem(other.get("/api/entities/ruslan-bashirli"), 401);
            assertTrue(refused.get("detail").asText().contains("Authorization: Bearer"), refused.toString());
            assertProblem(other.post("/api/cypher", "{\"query\": \"MATCH (n) RETURN count(n)\"}"), 401);
            assertProblem(other.withHeader("Authorization", "Bearer wrong").get("/api/search?q=musavat"), 401);
            for (var token : new String[] {READER, TestServer.EDITOR_TOKEN, TestServer.ADMIN_TOKEN}) {
                assertEquals(200, other.withHeader("Authorization", "Bearer " + token)
                        .get("/api/entities/ruslan-bashirli").status(), token);
            }
            for (var path : new String[] {"/api/health", "/api/openapi.json", "/", "/docs/"}) {
                assertEquals(200, other.get(path).status(), path);
            }
            var write = other.withHeader("Authorization", "Bearer " + READER)
                    .post("/api/entities", "{\"id\": \"zz-reader-write\", \"type\": \"Person\", \"name\": \"No\"}");
            var problem = assertProblem(write, 403);
            assertTrue(problem.get("detail").asText().contains("editor token"), problem.toString());
        });
    }

    @Test
    void writes_need_the_editor_token_and_an_unknown_token_is_refused_without_saying_how_close_it_was() {
        var body = "{\"id\": \"zz-guards-nobody\", \"type\": \"Person\", \"name\": \"Nobody\"}";
        assertProblem(http.post("/api/entities", body), 401);
        var wrong = assertProblem(http.withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN + "x")
                .post("/api/entities", body), 401);
        assertFalse(wrong.toString().contains(TestServer.EDITOR_TOKEN), "the token is not echoed");
        assertEquals(404, http.get("/api/entities/zz-guards-nobody").status());
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_before_it_is_read() {
        Apps.with(Map.of("MAX_BODY_SIZE", "1k"), other -> {
            var big = "{\"text\": \"" + "x".repeat(2000) + "\"}";
            var problem = assertProblem(other.post("/api/mentions", big), 413);
            assertTrue(problem.get("detail").asText().contains("at most 1024 bytes"), problem.toString());
            assertEquals(200, other.post("/api/mentions", "{\"text\": \"Musavat\"}").status());
        });
    }

    @Test
    void a_client_over_its_budget_gets_429_with_retry_after_and_writes_have_a_smaller_budget() {
        Apps.with(Map.of("RATE_LIMIT_PER_MINUTE", "5", "WRITE_RATE_LIMIT_PER_MINUTE", "2"), other -> {
            for (int i = 0; i < 5; i++) assertEquals(200, other.get("/api/health").status());
            var limited = other.get("/api/health");
            var problem = assertProblem(limited, 429);
            int wait = Integer.parseInt(limited.retryAfter());
            assertTrue(wait >= 1 && wait <= 60, limited.retryAfter());
            assertTrue(problem.get("detail").asText().contains("try again in " + wait), problem.toString());
            assertEquals(200, other.get("/").status(), "the explorer's files are not counted");

            var editor = other.withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN);
            assertProblem(editor.post("/api/entities", "{}"), 400);
            assertProblem(editor.post("/api/entities", "{}"), 400);
            var writes = editor.post("/api/entities", "{}");
            assertProblem(writes, 429);
            assertTrue(Integer.parseInt(writes.retryAfter()) >= 1);
        });
    }
}
