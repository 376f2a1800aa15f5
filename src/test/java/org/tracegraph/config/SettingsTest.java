package org.tracegraph.config;

import org.tracegraph.core.SettingsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaults_follow_the_runtime_contract() {
        var settings = Settings.fromEnvironment(Map.of());
        assertEquals(7070, settings.port());
        assertEquals(7687, settings.boltPort());
        assertTrue(settings.embedded());
        assertEquals("neo4j", settings.neo4jDatabase());
        assertTrue(settings.dataDir().endsWith("data"));
    }

    @Test
    void a_remote_uri_turns_the_embedded_database_off() {
        var settings = Settings.fromEnvironment(Map.of("NEO4J_URI", "neo4j+s://example.databases.neo4j.io",
                "NEO4J_DATABASE", "graph"));
        assertTrue(!settings.embedded());
        assertEquals("graph", settings.neo4jDatabase());
    }

    @Test
    void a_bad_setting_is_named_in_one_sentence() {
        var e = assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("PORT", "seventy")));
        assertEquals("PORT must be a whole number from 0 to 65535, not 'seventy'", e.getMessage());
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("BOLT_PORT", "70000")));
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("NEO4J_PAGECACHE", "lots")));
        assertEquals(512L << 20, Settings.fromEnvironment(Map.of("NEO4J_PAGECACHE", "512m")).pageCacheBytes());
    }

    @Test
    void trusted_proxies_and_metrics_allow_take_addresses_and_cidr_ranges_never_names() {
        var settings = Settings.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16 ::1 fd00::/8",
                "METRICS_ALLOW", "192.0.2.7"));
        assertEquals(java.util.List.of("10.0.0.5", "10.1.0.0/16", "::1", "fd00::/8"), settings.trustedProxies());
        assertEquals(java.util.List.of("192.0.2.7"), settings.metricsAllow());
        assertEquals(java.util.List.of(), Settings.fromEnvironment(Map.of()).trustedProxies(), "none by default");
        assertEquals(java.util.List.of(), Settings.fromEnvironment(Map.of()).metricsAllow(), "none by default");
        for (var bad : new String[] {"proxy.example", "10.0.0.0/33", "256.1.1.1", "10.0.0", "fd00::/129", "10.0.0.0/x"}) {
            var e = assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("TRUSTED_PROXIES", bad)), bad);
            assertTrue(e.getMessage().startsWith("TRUSTED_PROXIES must list IP addresses"), e.getMessage());
        }
    }

    @Test
    void log_format_is_text_by_default_or_json_and_nothing_else() {
        assertEquals("text", Settings.fromEnvironment(Map.of()).logFormat());
        assertEquals("json", Settings.fromEnvironment(Map.of("LOG_FORMAT", "json")).logFormat());
        var e = assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("LOG_FORMAT", "xml")));
        assertEquals("LOG_FORMAT must be one of text, json, not 'xml'", e.getMessage());
    }
}
