package org.tracegraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void cyrillic_azerbaijani_and_english_spellings_of_a_name_come_out_in_one_latin_spelling() {
        assertEquals("khadija ismayilova", Folding.latin("Xədicə İsmayılova"));
        assertEquals("khadija ismayilova", Folding.latin("XƏDİCƏ İSMAYILOVA"));
        assertEquals("khadija ismayilova", Folding.latin("Khadija Ismayilova"));
        assertEquals("khadija ismailova", Folding.latin("Хадиджа Исмаилова"), "дж is the Azerbaijani c, j");
        assertEquals("ibragimli", Folding.latin("Ибрагимли"));
        assertEquals("mammad ibrahimli", Folding.latin("Məmməd İbrahimli"));
        assertEquals("eynulla fatullayev", Folding.latin("Эйнулла Фатуллаев"));
        assertEquals("eynulla fatullayev", Folding.latin("Eynulla Fətullayev"));
    }

    @Test
    void beshirli_and_bashirli_stay_one_in_every_script() {
        assertEquals("bashirli", Folding.latin("Bəşirli"));
        assertEquals("bashirli", Folding.latin("Bashirli"));
        assertEquals("bashirli", Folding.latin("Баширли"));
    }

    @Test
    void the_index_folding_keeps_the_marks_of_letters_that_are_not_latin_as_the_analyzer_does() {
        assertEquals(List.of("алексей"), Folding.words("Алексей"));
        assertEquals(List.of("xadica", "ismayilova"), Folding.words("Xədicə İsmayılova"));
        assertEquals(List.of("cafe", "muller"), Folding.words("Café Müller"));
    }

    @Test
    void an_entitys_name_keys_are_its_names_in_latin_without_repeats_or_blanks() {
        assertEquals(List.of("ruslan bashirli", "ruslan bashirly"),
                Folding.nameKeys("Ruslan Bashirli", List.of("Ruslan Bəşirli", "Руслан Баширли", "Ruslan Bashirly", "—")));
        var stored = Folding.withNameKeys(Map.of("id", "x", "name", "Гюльнара Рзаева", "aliases", List.of()));
        assertEquals(List.of("gyulnara rzayeva"), stored.get(Folding.NAME_KEYS));
        assertEquals("Гюльнара Рзаева", stored.get("name"), "the name itself is kept as written");
    }

    @Test
    void latin_tokens_keep_the_offsets_of_the_words_as_written() {
        var text = "Вчера Руслан Баширли.";
        var tokens = Folding.latinTokens(text);
        assertEquals(List.of("vchera", "ruslan", "bashirli"), tokens.stream().map(Folding.Token::word).toList());
        assertEquals("Баширли", text.substring(tokens.get(2).start(), tokens.get(2).end()));
    }
}
