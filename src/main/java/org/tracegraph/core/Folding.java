package org.tracegraph.core;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one folding of names, in two steps. {@link #fold} gives the lowercase, diacritic-free form the full-text
 * index's standard-folding analyzer gives a name as it is written ("İsmayılova" → "ismayilova", "Исмаилова" stays
 * Cyrillic). {@link #latin} goes further: every script transliterated to one Latin spelling, through ICU4J, so
 * that "Хадиджа Исмаилова", "Xədicə İsmayılova" and "Khadija Ismayilova" come out alike (khadija ismailova,
 * khadija ismayilova, khadija ismayilova). An entity keeps the Latin forms of its names and aliases in
 * {@link #NAME_KEYS}, which the index also indexes: search, mentions and duplicates all match through it.
 */
public final class Folding {
    /**
     * The property holding the Latin forms of an entity's name and aliases ({@link #nameKeys}): derived, written
     * with every entity write (never an editor's field), indexed by {@code entity_text}.
     */
    public static final String NAME_KEYS = "nameKeys";
    /** Bumped when {@link #latin} changes: the start-up migration then recomputes every entity's keys. */
    public static final int NAME_KEYS_VERSION = 1;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Before ICU's Russian (BGN/PCGN) romanisation: Azerbaijani names written in Russian spell the Azerbaijani
     * c (j) as дж (Хадиджа, Джавид), and Azerbaijani Cyrillic has letters of its own. Then every other script
     * through Any-Latin, and the soft and hard signs dropped.
     */
    private static final String RULES = """
            дж > j ; Дж > J ; ДЖ > J ;
            ә > ə ; Ә > Ə ; ғ > ğ ; Ғ > Ğ ; ј > y ; Ј > Y ; ө > ö ; Ө > Ö ; ү > ü ; Ү > Ü ; һ > h ; Һ > H ;
            ҹ > j ; Ҹ > J ; ҝ > g ; Ҝ > G ;
            :: Russian-Latin/BGN ;
            :: Any-Latin ;
            [ʹʺʼ’ʻ] > ;
            """;
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.createFromRules("Tracegraph-Latin", RULES, Transliterator.FORWARD));
    /**
     * Letters only Azerbaijani (and Turkish) Latin has: a word with one is read the Azerbaijani way, its x and c
     * as kh and j (ə and ı are folded to a and i like any diacritic).
     */
    private static final Pattern AZERBAIJANI = Pattern.compile("[əƏıİşŞçÇğĞ]");
    private static final Map<String, String> AZERBAIJANI_SOUNDS = azerbaijaniSounds();

    private Folding() {
    }

    /**
     * Lowercase, with the diacritics of Latin letters removed (and compatibility forms such as ligatures
     * decomposed), as the index's standard-folding analyzer does; other scripts keep theirs (Алексей).
     */
    public static String fold(String text) {
        if (ascii(text)) return text.toLowerCase(Locale.ROOT); // NFKD, NFC and the marks leave ASCII as it is
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var out = new StringBuilder(decomposed.length());
        boolean afterLatin = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (mark(cp)) {
                if (!afterLatin) out.appendCodePoint(cp); // Cyrillic й keeps its breve, as the index does
                continue;
            }
            afterLatin = cp < 0x250 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            out.appendCodePoint(cp);
        }
        var kept = Normalizer.normalize(out, Normalizer.Form.NFC); // Hangul, decomposed by NFKD, as written
        return kept.replace('ı', 'i').replace('ə', 'a').replace('Ə', 'a').toLowerCase(Locale.ROOT);
    }

    /** Unicode's general category M (what the pattern \p{M} matches): a combining mark. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean ascii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** The words of {@code text}, folded: "Xədicə İsmayılova" gives [xadica, ismayilova]. */
    public static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The words of {@code text} in one Latin spelling, lowercase and without diacritics: Cyrillic through ICU4J's
     * Russian romanisation (BGN/PCGN, with дж read as j), other scripts through Any-Latin, and a word written in
     * Azerbaijani Latin as English spells its sounds (x kh, c j, ş sh, ç ch, ğ gh, ə a). "Хадиджа Исмаилова"
     * gives [khadija, ismailova], "Bəşirli" and "Bashirli" both [bashirli].
     */
    public static List<String> latinWords(String text) {
        var words = new ArrayList<String>();
        for (var word : NOT_WORD.split(text)) {
            if (word.isEmpty()) continue;
            for (var part : NOT_WORD.split(latinWord(word))) {
                if (!part.isEmpty()) words.add(part);
            }
        }
        return words;
    }

    /** {@link #latinWords} joined by single spaces. */
    public static String latin(String text) {
        return String.join(" ", latinWords(text));
    }

    /**
     * The Latin forms ({@link #latin}) of a name and its aliases, without repeats and without blanks: what an
     * entity keeps in {@link #NAME_KEYS}.
     */
    public static List<String> nameKeys(String name, Collection<String> aliases) {
        var keys = new LinkedHashSet<String>();
        if (name != null) keys.add(latin(name));
        if (aliases != null) aliases.forEach(alias -> keys.add(latin(alias)));
        keys.remove("");
        return List.copyOf(keys);
    }

    /**
     * The properties of an entity about to be stored, with {@link #NAME_KEYS} computed from its {@code name} and
     * {@code aliases}: every write of an entity's properties goes through here, so the keys never go stale.
     */
    public static Map<String, Object> withNameKeys(Map<String, Object> properties) {
        var out = new LinkedHashMap<>(properties);
        var aliases = new ArrayList<String>();
        if (properties.get("aliases") instanceof Collection<?> list) list.forEach(a -> aliases.add(String.valueOf(a)));
        var name = properties.get("name");
        out.put(NAME_KEYS, nameKeys(name == null ? null : name.toString(), aliases));
        return out;
    }

    private static String latinWord(String word) {
        if (ascii(word)) return word.toLowerCase(Locale.ROOT); // Latin already, no Azerbaijani letter: fold's path
        boolean latinScript = word.codePoints().allMatch(cp -> cp < 0x250 || Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.LATIN || Character.getType(cp) == Character.NON_SPACING_MARK);
        var latin = latinScript ? word : TO_LATIN.get().transliterate(word);
        if (AZERBAIJANI.matcher(latin).find()) latin = azerbaijani(latin);
        return fold(latin);
    }

    private static String azerbaijani(String word) {
        var out = new StringBuilder();
        word.codePoints().forEach(cp -> {
            var letter = new String(Character.toChars(cp));
            var sound = AZERBAIJANI_SOUNDS.get(letter.toLowerCase(Locale.ROOT));
            out.append(sound != null ? sound : letter);
        });
        return out.toString();
    }

    private static Map<String, String> azerbaijaniSounds() {
        var sounds = new java.util.HashMap<String, String>();
        sounds.put("x", "kh");
        sounds.put("c", "j");
        sounds.put("ş", "sh");
        sounds.put("ç", "ch");
        sounds.put("ğ", "gh");
        return Map.copyOf(sounds);
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
            var folded = foldedCodePoint(codePoint);
            boolean mark = folded.fold().isEmpty() && start >= 0; // a combining mark inside a word stays in it
            if (folded.letters() || mark) {
                if (start < 0) start = i;
                word.append(folded.fold());
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

    /** One code point {@link #fold}ed, and whether that gave letters and digits only (none empty). */
    private record FoldedCodePoint(String fold, boolean letters) {
    }

    /**
     * The fold of each code point of the Basic Multilingual Plane, computed once on first sight: {@link #fold} of
     * one code point depends on nothing else. Filled without a lock: two threads at worst compute the same value,
     * and a record of final fields is safely published.
     */
    private static final FoldedCodePoint[] FOLDED_BMP = new FoldedCodePoint[0x10000];
    private static final Map<Integer, FoldedCodePoint> FOLDED_SUPPLEMENTARY = new ConcurrentHashMap<>();

    private static FoldedCodePoint foldedCodePoint(int codePoint) {
        if (codePoint < FOLDED_BMP.length) {
            var known = FOLDED_BMP[codePoint];
            if (known == null) FOLDED_BMP[codePoint] = known = foldCodePoint(codePoint);
            return known;
        }
        return FOLDED_SUPPLEMENTARY.computeIfAbsent(codePoint, Folding::foldCodePoint);
    }

    private static FoldedCodePoint foldCodePoint(int codePoint) {
        var folded = fold(new String(Character.toChars(codePoint)));
        return new FoldedCodePoint(folded, !folded.isEmpty() && folded.codePoints().allMatch(Character::isLetterOrDigit));
    }

    /**
     * The words of {@code text} in their {@link #latinWords} form, each with its offsets in the original: the
     * words of {@link #tokens}, transliterated. A word whose Latin form is several words (a Chinese name is
     * written in syllables) gives one token per word, all with the offsets of the original word.
     */
    public static List<Token> latinTokens(String text) {
        var tokens = new ArrayList<Token>();
        var known = LATIN_WORDS.get();
        for (var token : tokens(text)) {
            var original = text.substring(token.start(), token.end());
            if (ascii(original)) { // letters and digits only: its Latin form is itself, lowercase, as tokens gave it
                tokens.add(new Token(token.word(), token.start(), token.end()));
                continue;
            }
            var words = known.get(original);
            if (words == null) {
                words = Arrays.stream(NOT_WORD.split(latinWord(original))).filter(w -> !w.isEmpty()).toArray(String[]::new);
                if (known.size() >= LATIN_WORDS_KEPT) known.clear();
                known.put(original, words);
            }
            for (var word : words) tokens.add(new Token(word, token.start(), token.end()));
        }
        return tokens;
    }

    /** How many words outside ASCII each thread keeps the Latin form of (the transliterator is the slow part). */
    private static final int LATIN_WORDS_KEPT = 20_000;
    private static final ThreadLocal<Map<String, String[]>> LATIN_WORDS = ThreadLocal.withInitial(java.util.HashMap::new);
}
