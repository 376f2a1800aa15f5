package org.tracegraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracegraph.mentions.Mention;

/** The fallback finder of new names: runs of capitalised words, filtered, each with a suggested type. */
class NewNamesTest {

    private static Map<String, String> names(String text, List<Mention> known) {
        return NewNames.in(text, known).stream().collect(Collectors.toMap(NewNames.Found::name,
                f -> String.valueOf(f.suggestedType()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void people_organisations_and_places_are_found_with_a_suggested_type_and_known_names_are_not() {
        var text = "Khadija Ismayilova met Elmar Huseynov in Ganja. Mr. Qarayev denied it. The Ministry of Internal"
                + " Affairs said nothing. According to OSCE observers, Xədicə Rəhimova left for Tbilisi.";
        var known = List.of(new Mention("khadija-ismayilova", "Khadija Ismayilova", "Person", 0, 18,
                "Khadija Ismayilova", "Khadija Ismayilova"));
        var found = names(text, known);
        assertEquals(Map.of("Elmar Huseynov", "Person", "Ganja", "Place", "Qarayev", "Person",
                "Ministry of Internal Affairs", "Organisation", "OSCE", "Organisation", "Xədicə Rəhimova", "Person"),
                found, found::toString);
    }

    @Test
    void a_capitalised_word_that_starts_a_sentence_or_a_month_is_no_name_and_each_name_is_proposed_once() {
        var text = "Yesterday the court met. In March, Elmar Huseynov spoke. Elmar Huseynov spoke again on Monday.";
        assertEquals(List.of("Elmar Huseynov"), List.copyOf(names(text, List.of()).keySet()));
        var found = NewNames.in(text, List.of()).get(0);
        assertEquals("Elmar Huseynov", text.substring(found.start(), found.end()), "offsets in the text");
    }
}
