package org.tracegraph.core;

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
    public static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    /** A word of a text, folded, with where it stands in the original: {@code text.substring(start, end)}. */
    public record Token(String word, int start, int end) {
    }

    /**
     * The words of {@code text}, folded, each with its offsets in the original text (UTF-16 indices, as
     * JavaScript counts them). Folding goes one code point at a time so that every folded letter knows the
     * original character it came from, whatever the folding did to the length ("İ" is two chars decomposed).
     */
    public static List<Token> tokens(String text) {
        var tokens = new java.util.ArrayList<Token>();
        var word = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            var folded = fold(new String(Character.toChars(codePoint)));
            boolean letters = !folded.isEmpty() && folded.codePoints().allMatch(Character::isLetterOrDigit);
            boolean mark = folded.isEmpty() && start >= 0; // a combining mark inside a word stays in it
            if (letters || mark) {
                if (start < 0) start = i;
                word.append(folded);
                end = next;
            } else if (start >= 0) {
                tokens.add(new Token(word.toString(), start, end));
                word.setLength(0);
                start = -1;
            }
            i = next;
        }
        if (start >= 0) tokens.add(new Token(word.toString(), start, end));
        return tokens;
    }
}
