package org.tracegraph.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> split(String text) {
        return Segmenter.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titles_and_country_abbreviations_do_not_end_a_sentence() {
        assertEquals(List.of("Mr. Aliyev met the U.S. ambassador on Monday.", "Dr. Smith denied it.",
                        "The U.S. Embassy said so.", "Ruslan Bashirli (b. 1978) was jailed."),
                split("Mr. Aliyev met the U.S. ambassador on Monday. Dr. Smith denied it. The U.S. Embassy said so."
                        + " Ruslan Bashirli (b. 1978) was jailed."));
    }

    @Test
    void quotes_questions_and_line_breaks_end_sentences_and_white_space_is_trimmed() {
        assertEquals(List.of("He said: \"No.\"", "Was it true?", "A headline without a stop", "Next line."),
                split("  He said: \"No.\" Was it true?\n\nA headline without a stop\nNext line.  "));
    }

    @Test
    void offsets_are_utf16_as_javascript_counts_them() {
        var text = "Xədicə 😀 wrote. Бәшірли replied.";
        var sentences = Segmenter.sentences(text);
        assertEquals(2, sentences.size());
        assertEquals("Бәшірли replied.", text.substring(sentences.get(1).start(), sentences.get(1).end()));
    }

    @Test
    void cues_name_their_kind_the_status_they_suggest_and_a_claimant_never_a_choice() {
        var text = "According to Alpha, Beta allegedly met Gamma, which Gamma denied.";
        var mentions = List.of(mention("alpha", text, "Alpha"), mention("beta", text, "Beta"),
                mention("gamma", text, "Gamma", 0), mention("gamma", text, "Gamma", text.indexOf("Gamma") + 1));
        var cues = Cues.in(text, 0, text.length(), mentions);
        assertEquals(List.of("According to", "allegedly", "denied"), cues.stream().map(Cues.Found::text).toList());
        assertEquals(List.of("attribution", "allegation", "denial"), cues.stream().map(Cues.Found::kind).toList());
        assertEquals(List.of("reported", "alleged", "denied"), cues.stream().map(Cues.Found::suggests).toList());
        assertEquals("alpha", cues.get(0).claimant(), "according to: the first named after");
        assertEquals("beta", cues.get(1).claimant(), "allegedly: the nearest named before");
        assertEquals("gamma", cues.get(2).claimant());
    }

    @Test
    void a_cue_is_a_whole_word_only() {
        assertEquals(List.of(), Cues.in("The neverland saidness.", 0, 23, List.of()));
    }

    private static Mention mention(String id, String text, String name) {
        return mention(id, text, name, text.indexOf(name));
    }

    private static Mention mention(String id, String text, String name, int from) {
        int start = text.indexOf(name, from);
        return new Mention(id, name, "Person", start, start + name.length(), name, name);
    }
}
