package org.tracegraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The faster {@link Folding} (ASCII fast paths, a per-code-point cache in {@code tokens}, a per-thread cache of
 * words' Latin forms) gives exactly what the one-character-at-a-time folding gave, kept here as {@link Old}: the
 * full-text index's stored keys, search and the duplicates depend on every output staying the same.
 */
class FoldingEquivalenceTest {

    private static final List<String> CORPUS = List.of(
            "Xədicə İsmayılova", "XƏDİCƏ İSMAYILOVA", "Khadija Ismayilova", "Хадиджа Исмаилова", "Bəşirli, Bashirli; Баширли!",
            "Müsavat MUSAVAT Yeni Müsavat", "Ilham Əliyev İlham Aliyev Ильхам Алиев", "şəhər çay ğ ö ü ı İ ə Ə Ş Ç Ğ Ö Ü",
            "Ҹәфәр Һүсејнов ғ ө ү ј", "Алексей Навальный й Й ё Ё ъ ь", "Αλέξανδρος Παπαδόπουλος ΐ ΰ ς",
            "Zürich café naïve façade résumé Ærøskøbing Łódź Ðorđe ß ﬁ ﬂ Ǆ ǅ ½ ² ℃ Ⅻ",
            "e\u0301 a\u0308 n\u0303 A\u030A \u0301start и\u0306 word\u0301s",
            "北京 习近平 東京 한국어 서울 ｶﾀｶﾅ ＡＢＣ１２３", "😀 emoji 👩‍👩‍👧 🇦🇿 a😀b 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚",
            "العربية محمد עברית שלום \u200Fرتل\u200E", "12345 3.14 1,000,000 #tag @user e-mail: a.b@c.az http://x.y/z?q=1",
            "tab\tnew\nline\r\n  spaces\u00A0nbsp\u2009thin — “quotes” ‘single’ «guillemets» …", "", " ", "a", "İ", "ı",
            "हिन्दी தமிழ் ไทย ქართული Հայերեն ᏣᎳᎩ", "Ǝ ǝ Ɛ ɛ Ɔ ɔ ŉ ſ ﬀ ẞ", "x\u0000y\uFFFDz\uD800 lone\uDC00 surrogates");

    private static List<String> corpus() {
        var texts = new ArrayList<>(CORPUS);
        var random = new Random(20120315L);
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x250, 0x2FF}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF},
                {0x590, 0x6FF}, {0x900, 0x97F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x2150, 0x218F}, {0x3040, 0x30FF},
                {0x4E00, 0x4FFF}, {0xAC00, 0xAD00}, {0xFB00, 0xFB4F}, {0xFF00, 0xFFEF}, {0x1D400, 0x1D4FF},
                {0x1F300, 0x1F64F}};
        for (int t = 0; t < 400; t++) {
            var text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                var range = ranges[random.nextInt(ranges.length)];
                if (random.nextInt(4) == 0) text.append(' ');
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            texts.add(text.toString());
        }
        int singles = texts.size();
        for (int t = 0; t < 50; t++) { // texts seen before, again in one: a word's Latin form now comes from the cache
            int from = random.nextInt(singles - 10);
            texts.add(String.join(" ", texts.subList(from, from + 10)));
        }
        return texts;
    }

    @Test
    void every_folding_gives_what_the_old_folding_gave_on_a_varied_corpus() {
        for (var text : corpus()) {
            assertEquals(Old.fold(text), Folding.fold(text), () -> "fold " + text);
            assertEquals(Old.words(text), Folding.words(text), () -> "words " + text);
            assertEquals(Old.latinWords(text), Folding.latinWords(text), () -> "latinWords " + text);
            assertEquals(Old.latin(text), Folding.latin(text), () -> "latin " + text);
            assertEquals(Old.tokens(text), Folding.tokens(text), () -> "tokens " + text);
            assertEquals(Old.latinTokens(text), Folding.latinTokens(text), () -> "latinTokens " + text);
        }
    }

    @Test
    void every_single_code_point_of_the_basic_plane_and_some_beyond_tokenises_as_before() {
        var text = new StringBuilder();
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) continue;
            text.appendCodePoint(cp);
            if (cp % 64 == 0) {
                var chunk = text.toString();
                assertEquals(Old.tokens(chunk), Folding.tokens(chunk), () -> "tokens " + chunk);
                assertEquals(Old.fold(chunk), Folding.fold(chunk), () -> "fold " + chunk);
                text.setLength(0);
            }
        }
        for (int cp = 0x10000; cp < 0x20000; cp += 7) text.appendCodePoint(cp);
        var rest = text.toString();
        assertEquals(Old.tokens(rest), Folding.tokens(rest));
        assertEquals(Old.fold(rest), Folding.fold(rest));
    }

    /** The folding as it was before it was made fast, copied verbatim: only this test uses it. */
    private static final class Old {
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");
        private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final String RULES = """
                дж > j ; Дж > J ; ДЖ > J ;
                ә > ə ; Ә > Ə ; ғ > ğ ; Ғ > Ğ ; ј > y ; Ј > Y ; ө > ö ; Ө > Ö ; ү > ü ; Ү > Ü ; һ > h ; Һ > H ;
                ҹ > j ; Ҹ > J ; ҝ > g ; Ҝ > G ;
                :: Russian-Latin/BGN ;
                :: Any-Latin ;
                [ʹʺʼ’ʻ] > ;
                """;
        private static final Transliterator TO_LATIN =
                Transliterator.createFromRules("Tracegraph-Latin-old", RULES, Transliterator.FORWARD);
        private static final Pattern AZERBAIJANI = Pattern.compile("[əƏıİşŞçÇğĞ]");
        private static final Map<String, String> AZERBAIJANI_SOUNDS =
                Map.of("x", "kh", "c", "j", "ş", "sh", "ç", "ch", "ğ", "gh");

        static String fold(String text) {
            var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
            var out = new StringBuilder(decomposed.length());
            boolean afterLatin = true;
            for (int i = 0; i < decomposed.length(); ) {
                int cp = decomposed.codePointAt(i);
                i += Character.charCount(cp);
                if (MARKS.matcher(new String(Character.toChars(cp))).matches()) {
                    if (!afterLatin) out.appendCodePoint(cp);
                    continue;
                }
                afterLatin = cp < 0x250 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
                out.appendCodePoint(cp);
            }
            var kept = Normalizer.normalize(out, Normalizer.Form.NFC);
            return kept.replace('ı', 'i').replace('ə', 'a').replace('Ə', 'a').toLowerCase(Locale.ROOT);
        }

        static List<String> words(String text) {
            return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
        }

        static List<String> latinWords(String text) {
            var words = new ArrayList<String>();
            for (var word : NOT_WORD.split(text)) {
                if (word.isEmpty()) continue;
                for (var part : NOT_WORD.split(latinWord(word))) {
                    if (!part.isEmpty()) words.add(part);
                }
            }
            return words;
        }

        static String latin(String text) {
            return String.join(" ", latinWords(text));
        }

        static String latinWord(String word) {
            boolean latinScript = word.codePoints().allMatch(cp -> cp < 0x250 || Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.LATIN || Character.getType(cp) == Character.NON_SPACING_MARK);
            var latin = latinScript ? word : TO_LATIN.transliterate(word);
            if (AZERBAIJANI.matcher(latin).find()) latin = azerbaijani(latin);
            return fold(latin);
        }

        static String azerbaijani(String word) {
            var out = new StringBuilder();
            word.codePoints().forEach(cp -> {
                var letter = new String(Character.toChars(cp));
                var sound = AZERBAIJANI_SOUNDS.get(letter.toLowerCase(Locale.ROOT));
                out.append(sound != null ? sound : letter);
            });
            return out.toString();
        }

        static List<Folding.Token> tokens(String text) {
            var tokens = new ArrayList<Folding.Token>();
            var word = new StringBuilder();
            int start = -1;
            int end = -1;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                var folded = fold(new String(Character.toChars(codePoint)));
                boolean letters = !folded.isEmpty() && folded.codePoints().allMatch(Character::isLetterOrDigit);
                boolean mark = folded.isEmpty() && start >= 0;
                if (letters || mark) {
                    if (start < 0) start = i;
                    word.append(folded);
                    end = next;
                } else if (start >= 0) {
                    tokens.add(new Folding.Token(word.toString(), start, end));
                    word.setLength(0);
                    start = -1;
                }
                i = next;
            }
            if (start >= 0) tokens.add(new Folding.Token(word.toString(), start, end));
            return tokens;
        }

        static List<Folding.Token> latinTokens(String text) {
            var tokens = new ArrayList<Folding.Token>();
            for (var token : tokens(text)) {
                var original = text.substring(token.start(), token.end());
                for (var word : NOT_WORD.split(latinWord(original))) {
                    if (!word.isEmpty()) tokens.add(new Folding.Token(word, token.start(), token.end()));
                }
            }
            return tokens;
        }
    }
}
