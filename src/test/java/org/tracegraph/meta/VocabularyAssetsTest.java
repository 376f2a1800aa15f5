package org.tracegraph.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.json.Json;

/** What the explorer and the embed load is vocabulary.json, and nothing else. */
class VocabularyAssetsTest {
    private static final Vocabulary VOCABULARY = Vocabulary.get();

    @Test
    void the_module_exports_the_vocabulary_as_the_api_serves_it() throws Exception {
        var module = VocabularyAssets.module(VOCABULARY);
        var matcher = Pattern.compile("(?s)^// [^\n]*\nexport default (.*);\n$").matcher(module);
        assertTrue(matcher.matches(), module);
        assertEquals(Json.objectMapper().valueToTree(VOCABULARY), Json.objectMapper().readTree(matcher.group(1)));
    }

    @Test
    void the_stylesheet_gives_every_status_its_badge_and_every_type_and_status_its_colour() {
        var css = VocabularyAssets.stylesheet(VOCABULARY);
        for (var type : VOCABULARY.entityTypes()) {
            assertTrue(css.contains("--type-" + type.name().toLowerCase() + ": " + type.color() + ";"), type.name());
        }
        for (var status : VOCABULARY.statuses()) {
            var name = status.name();
            assertTrue(css.contains("--status-" + name + ": " + status.color() + ";"), name);
            assertTrue(css.contains("--status-" + name + "-ink: " + status.badge().ink() + ";"), name);
            assertTrue(css.contains("--status-" + name + "-bg: " + status.badge().background() + ";"), name);
            var rule = Pattern.compile("\\.status-" + name + " \\{([^}]*)}").matcher(css);
            assertTrue(rule.find(), name + " has a badge rule: " + css);
            assertTrue(rule.group(1).contains("color: var(--status-" + name + "-ink);"), rule.group(1));
            assertTrue(rule.group(1).contains("background: var(--status-" + name + "-bg);"), rule.group(1));
            assertTrue(rule.group(1).contains("border-style: " + status.badge().border() + ";"), rule.group(1));
            assertEquals(status.struck(), rule.group(1).contains("text-decoration: line-through;"), rule.group(1));
        }
    }
}
