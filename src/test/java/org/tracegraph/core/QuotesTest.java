package org.tracegraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule of docs/editing.md ("Verified quotes"): whitespace runs and typographic quote marks fold, nothing else. */
class QuotesTest {
    private static final String TEXT = "He said:\n“I never   met them.”\u00A0It’s over — she wasn’t there.";

    private static List<Quotes.Offset> in(String quote) {
        return Quotes.locate(quote, Map.of("s", TEXT));
    }

    @Test
    void whitespace_runs_and_typographic_quote_marks_fold_and_the_offsets_are_the_originals() {
        var found = in("said: \"I never met them.\" It's over");
        assertEquals(1, found.size());
        var at = found.get(0);
        assertEquals("said:\n“I never   met them.”\u00A0It’s over", TEXT.substring(at.start(), at.end()));
        assertEquals("s:" + at.start() + ":" + at.end(), at.stored());
        assertEquals(at, Quotes.Offset.parse(at.stored()).orElseThrow());
    }

    @Test
    void case_dashes_and_every_other_character_must_match() {
        for (var quote : List.of("he said", "It's over - she", "i never met them", "wasnt there", "It’s  over — she  wasn’t")) {
            boolean expected = quote.startsWith("It’s  over");
            assertEquals(expected, !in(quote).isEmpty(), quote);
        }
    }

    @Test
    void a_quote_is_checked_only_against_held_texts_and_one_holding_it_is_enough() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("held", TEXT);
        var unchecked = Quotes.verify("anything", List.of("not-held"), texts);
        assertTrue(unchecked.unchecked());
        assertFalse(unchecked.failed());
        var failed = Quotes.verify("not there", List.of("not-held", "held"), texts);
        assertTrue(failed.failed());
        var passed = Quotes.verify("she wasn't there", List.of("not-held", "held"), texts);
        assertFalse(passed.failed());
        assertEquals("held", passed.offsets().get(0).sourceId());
    }
}
