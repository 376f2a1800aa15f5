package org.tracegraph.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tracegraph.core.Editor;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.curation.CurationService;
import org.tracegraph.curation.EntityFields;
import org.tracegraph.duplicates.DuplicateService;
import org.tracegraph.graph.EntityJson;
import org.tracegraph.mentions.Mention;
import org.tracegraph.mentions.MentionService;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;
import org.tracegraph.review.ReviewService;

/**
 * A document in, a Source holding its text out: the text taken out by {@link Extractor}, the source created
 * as {@code POST /api/sources} creates one (so its text is held, in NFC, and every later quote of it is
 * checked), with the SHA-256 of the file as {@code contentHash}, so the same file is never ingested twice, and an
 * id made of its title and that hash ({@link #id}); then the known entities the text names, the sentences naming
 * two or more of them, and what the text proposes stored as review items ({@link ReviewService}: links between
 * known entities, each with its cues and no type or status, and names the graph does not know), which an editor
 * accepts or rejects.
 */
public final class DocumentService {
    private final Database db;
    private final CurationService curation;
    private final MentionService mentions;
    private final ReviewService review;
    private final Extractor extractor;
    private final long maxDocumentBytes;

    /** What the document's title, publisher, date and address are, as the editor gives them (each may be null). */
    public record Described(String title, String publisher, String published, String url) {
    }

    /**
     * The answer of {@code POST /api/documents}: the source created, the length of its text, the type Tika
     * found, the mentions of known entities, the sentences that name two or more, and {@code candidates}: how many
     * review items the document made (proposed links and new names, in {@code GET /api/review?source=}).
     */
    public record Ingested(EntityJson source, int textLength, String mediaType, List<Mention> mentions,
                           int candidates, List<Mention.Sentence> sentences) {
    }

    public DocumentService(Database db, CurationService curation, MentionService mentions, ReviewService review,
                           Extractor extractor, long maxDocumentBytes) {
        this.review = review;
        this.db = db;
        this.curation = curation;
        this.mentions = mentions;
        this.extractor = extractor;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /**
     * The service as a command run without the server wires it ({@code ingest DIR}, the ingestion benchmark):
     * the same mention finder and review queue as the route's, on {@code db}.
     */
    public static DocumentService standalone(Database db, CurationService curation, Extractor extractor,
                                             long maxDocumentBytes) {
        var review = new ReviewService(db, curation, new DuplicateService(db));
        return new DocumentService(db, curation, new MentionService(db), review, extractor, maxDocumentBytes);
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the source already made from a file with these bytes, or null. */
    public String ingestedAs(String hash) {
        var rows = db.read(CypherFile.query("app/ingest/source-by-hash.cypher"), Map.of("hash", hash));
        return rows.isEmpty() ? null : rows.get(0).get("id").asString();
    }

    /**
     * Ingests {@code file} ({@code bytes}, which its sender says are {@code contentType}): 413 over
     * MAX_DOCUMENT_SIZE, 422 when empty, 409 when the same bytes were ingested before, the extractor's problems for a file it
     * cannot read; nothing is written unless the source is.
     */
    public Ingested ingest(Editor editor, String file, byte[] bytes, String contentType, Described described) {
        checkSize(file, bytes.length);
        if (bytes.length == 0) throw ProblemType.DOCUMENT_UNREADABLE.exception(file + ": Tracegraph could not read it: it is empty", "file");
        var hash = hash(bytes);
        var before = ingestedAs(hash);
        if (before != null) {
            throw ProblemType.CONFLICT.exception(file + ": this file was ingested before, as the source " + before, "file");
        }
        var extracted = extractor.extract(file, new ByteArrayInputStream(bytes), contentType);
        var body = JsonNodeFactory.instance.objectNode();
        var title = first(described.title(), extracted.title(), file);
        body.put("title", title.length() > 300 ? title.substring(0, 300) : title);
        body.put("id", id(title, hash));
        if (described.publisher() != null) body.put("publisher", described.publisher());
        if (described.published() != null) body.put("published", described.published());
        if (described.url() != null) body.put("url", described.url());
        body.put("kind", "document");
        body.put("text", extracted.text());
        body.put("contentHash", hash);
        var source = curation.createSource(editor, body);
        // offsets and quotes are the held text's, which is the extracted text in NFC (HeldTexts)
        var held = java.text.Normalizer.normalize(extracted.text(), java.text.Normalizer.Form.NFC);
        var found = mentions.find(held);
        var made = review.propose(source.entity().id(), held, found);
        return new Ingested(source, extracted.text().length(), extracted.mediaType(), found.mentions(), made,
                found.sentences());
    }

    /** 413 when a file of {@code bytes} is over MAX_DOCUMENT_SIZE: also asked before a file is read ({@link FolderIngest}). */
    public void checkSize(String file, long bytes) {
        if (bytes > maxDocumentBytes) {
            throw ProblemType.BODY_TOO_LARGE.exception(file + ": " + bytes + " bytes; this server takes documents"
                    + " of up to " + maxDocumentBytes + " bytes (MAX_DOCUMENT_SIZE)", "file");
        }
    }

    /** MAX_DOCUMENT_SIZE, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * The title's slug and the first 8 hex digits of the file's hash: documents share titles ("Untitled", the
     * name of a party that is also an entity's), and a source named by its title alone would refuse the second.
     */
    static String id(String title, String hash) {
        String slug;
        try {
            slug = EntityFields.slug(title);
        } catch (ProblemException e) { // a title with no letter or digit
            slug = "document";
        }
        return slug + "-" + hash.substring(0, 8);
    }

    private static String first(String... values) {
        for (var v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
