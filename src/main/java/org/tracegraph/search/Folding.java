package org.tracegraph.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase, diacritic-free forms of names, as the full-text index's folding analyzer sees them. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    public static String fold(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('ı', 'i').replace('ə', 'a').replace('Ə', 'a')
                .toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text}, folded: "Xədicə İsmayılova" gives [xadica, ismayilova]. */
    static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }
}
