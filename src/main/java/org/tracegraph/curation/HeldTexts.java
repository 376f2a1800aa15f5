package org.tracegraph.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.core.Quotes;
import org.tracegraph.neo4j.CypherFile;

/**
 * The full texts Tracegraph holds for its sources (a Source's {@code text} property), and the rule that a
 * relationship citing one quotes it ({@link Quotes}): every write of a relationship records where its quote
 * sits ({@code quoteOffsets}) and whether it was checked ({@code quoteVerified}), or is refused.
 */
public final class HeldTexts {
    public static final String TEXT = "text";
    public static final String VERIFIED = "quoteVerified";
    public static final String OFFSETS = "quoteOffsets";

    private HeldTexts() {
    }

    /**
     * A held text from a body field, in NFC, otherwise as given: its whitespace, control and format characters
     * stay (a quote must match it). Null when absent or blank. Its size is checked by {@link #checkSize}.
     */
    static String text(JsonNode body, String field) {
        var value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw ProblemException.badBody(field, field + " must be a string: the source's full text");
        var text = value.asText();
        if (text.isBlank()) return null;
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Refuses a held text larger than {@code maxBytes} in UTF-8 (MAX_SOURCE_TEXT_SIZE) with a 413. */
    public static void checkSize(String text, long maxBytes) {
        if (text == null || (long) text.length() * 3 <= maxBytes) return;
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw ProblemType.BODY_TOO_LARGE.exception("text is " + bytes + " bytes in UTF-8; this server holds texts of"
                    + " up to " + maxBytes + " bytes (MAX_SOURCE_TEXT_SIZE)", TEXT);
        }
    }

    /** The held texts of those of {@code sourceIds} that hold one. */
    public static Map<String, String> read(SimpleQueryRunner tx, Collection<String> sourceIds) {
        var texts = new HashMap<String, String>();
        if (sourceIds.isEmpty()) return texts;
        tx.run(CypherFile.query("app/evidence/held-texts.cypher"), Map.of("ids", List.copyOf(sourceIds)))
                .forEachRemaining(row -> texts.put(row.get("id").asString(), row.get("text").asString()));
        return texts;
    }

    /** Checks the quote of a relationship about to be written against its sources' held texts, read now. */
    static void verify(SimpleQueryRunner tx, Map<String, Object> properties) {
        verify(properties, read(tx, RelationshipWrites.strings(properties.get("sourceIds"))));
    }

    /**
     * Checks the quote of a relationship about to be written against {@code texts} (held texts by source id,
     * at least those of its sources) and records the outcome in its properties; refuses a quote that a held
     * text of its sources should hold and none does (422 naming {@code quote}).
     */
    static void verify(Map<String, Object> properties, Map<String, String> texts) {
        var sourceIds = RelationshipWrites.strings(properties.get("sourceIds"));
        var quote = (String) properties.get("quote");
        var verification = Quotes.verify(quote, sourceIds, texts);
        if (verification.failed()) {
            var held = sourceIds.stream().filter(texts::containsKey).toList();
            throw ProblemType.UNVERIFIED_QUOTE.exception("quote is not in the held text of " + String.join(", ", held)
                    + " (compared verbatim, after folding whitespace runs and typographic quote marks): quote the"
                    + " passage as GET /api/sources/" + held.get(0) + "/text has it", "quote");
        }
        properties.put(VERIFIED, verification.checked());
        if (verification.offsets().isEmpty()) properties.remove(OFFSETS);
        else properties.put(OFFSETS, verification.stored());
    }

    /**
     * After the held text of {@code sourceId} changed: records anew where each relationship citing it finds
     * its quote; refuses the change (422 naming {@code text}) when one of them would no longer find it in any
     * held text of its sources.
     */
    static void reverify(TransactionContext tx, String sourceId) {
        var citing = tx.run(CypherFile.query("app/evidence/citing-relationships.cypher"), Map.of("id", sourceId)).list();
        if (citing.isEmpty()) return;
        var ids = new java.util.LinkedHashSet<String>();
        citing.forEach(row -> ids.addAll(row.get("sourceIds").asList(org.neo4j.driver.Value::asString)));
        var texts = read(tx, ids);
        var rows = new ArrayList<Map<String, Object>>();
        var lost = new ArrayList<String>();
        for (var row : citing) {
            var verification = Quotes.verify(row.get("quote").asString(""),
                    row.get("sourceIds").asList(org.neo4j.driver.Value::asString), texts);
            if (verification.failed()) {
                lost.add(row.get("id").asString(""));
                continue;
            }
            var update = new LinkedHashMap<String, Object>();
            update.put("elementId", row.get("elementId").asString());
            update.put("verified", verification.checked());
            update.put("offsets", verification.stored());
            rows.add(update);
        }
        if (!lost.isEmpty()) {
            throw ProblemType.UNVERIFIED_QUOTE.exception("With this text, the quotes of " + lost.size()
                    + " relationship(s) citing '" + sourceId + "' would be in no held text of their sources: "
                    + String.join(", ", lost.subList(0, Math.min(10, lost.size())))
                    + (lost.size() > 10 ? "..." : "") + ". Correct their quotes first, or keep the text.", TEXT);
        }
        tx.run(CypherFile.query("app/evidence/quote-verification-set.cypher"), Map.of("rows", rows)).consume();
    }
}
