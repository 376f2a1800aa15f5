package org.tracegraph.embed;

import org.tracegraph.core.Precondition;

import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.tracegraph.graph.SubgraphService;
import org.tracegraph.core.ProblemException;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Saved views and their versions. A version is a snapshot: the entities and relationships the view shows are
 * read and stored, with their evidence, in the same transaction that saves the version, so what an embed
 * shows is what the graph held when the editor published it, whatever happens to the graph afterwards.
 */
public final class ViewService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";
    private final Database db;

    public ViewService(Database db) {
        this.db = db;
    }

    /** A stored version, and the number of the view's latest version. */
    public record Stored(ViewSnapshot view, int latestVersion) {
    }

    /** A line of the list of views. */
    public record Summary(String id, String title, int latestVersion, String created, String updated) {
    }

    public ViewSnapshot create(ViewRequest request, String editor) {
        var id = newId(request.title());
        var savedAt = now();
        try {
            return db.writeTransaction(tx -> {
                var snapshot = snapshot(tx, id, 1, request, savedAt, editor);
                tx.run(CypherFile.query("app/view-create.cypher"), write(snapshot)).consume();
                return snapshot;
            });
        } catch (ClientException e) {
            // two views with one id: the chance is one in billions, and the constraint keeps it from happening
            if (CONSTRAINT_FAILED.equals(e.code())) return create(request, editor);
            throw e;
        }
    }

    /**
     * Publishes the next version, if the view's latest is one {@code ifMatch} names, by the one If-Match rule of
     * entities and relationships ({@link Precondition}: a view's ETag is {@code "N"}, weak tags never match);
     * else 412.
     */
    public ViewSnapshot publish(String id, JsonNode body, Precondition ifMatch, String editor) {
        return publish(id, body, ifMatch, true, editor);
    }

    /** The same from the body's {@code "baseVersion": N}, the documented alternative to If-Match: 409 when stale. */
    public ViewSnapshot publishFrom(String id, JsonNode body, int baseVersion, String editor) {
        return publish(id, body, new Precondition(List.of((long) baseVersion)), false, editor);
    }

    private ViewSnapshot publish(String id, JsonNode body, Precondition expected, boolean fromHeader, String editor) {
        var previous = get(id, null).view();
        var request = ViewRequest.forNewVersion(body, previous);
        if (!expected.matches(previous.version())) throw stale(id, expected, fromHeader, previous.version());
        var savedAt = now();
        try {
            return db.writeTransaction(tx -> {
                var snapshot = snapshot(tx, id, previous.version() + 1, request, savedAt, editor);
                var params = write(snapshot);
                params.put("expected", previous.version());
                if (!tx.run(CypherFile.query("app/view-publish.cypher"), params).hasNext()) {
                    throw stale(id, expected, fromHeader, latest(tx, id));
                }
                return snapshot;
            });
        } catch (ClientException e) {
            if (CONSTRAINT_FAILED.equals(e.code())) throw stale(id, expected, fromHeader, previous.version() + 1);
            throw e;
        }
    }

    /** A version of a view ({@code version} null: the latest), or a 404 naming what is missing. */
    public Stored get(String id, Integer version) {
        var rows = db.read(CypherFile.query("app/view-version.cypher"), params("id", id, "version", version));
        if (rows.isEmpty()) {
            if (version == null) throw ProblemException.notFound("view", id);
            throw noVersion(id, version, latestVersion(id));
        }
        return new Stored(parse(rows.get(0)), rows.get(0).get("latestVersion").asInt());
    }

    /** The number of a view's latest version (one small read: no snapshot), or a 404 when there is no such view. */
    public int latestVersion(String id) {
        var rows = db.read(CypherFile.query("app/view-exists.cypher"), Map.of("id", id));
        if (rows.isEmpty()) throw ProblemException.notFound("view", id);
        return rows.get(0).get("latestVersion").asInt();
    }

    /** The 404 for a version a view does not have (yet). */
    static ProblemException noVersion(String id, int version, int latest) {
        return ProblemType.NOT_FOUND.exception("View '" + id + "' has versions 1 to " + latest
                + "; there is no version " + version, "v");
    }

    public List<Summary> list(int limit) {
        return db.read(CypherFile.query("app/views.cypher"), Map.of("limit", limit)).stream()
                .map(r -> new Summary(r.get("id").asString(), r.get("title").asString(), r.get("latestVersion").asInt(),
                        r.get("created").asString(), r.get("updated").asString()))
                .toList();
    }

    public Corrections.Log corrections(String id) {
        var versions = db.read(CypherFile.query("app/view-versions.cypher"), Map.of("id", id)).stream()
                .map(ViewService::parse).toList();
        if (versions.isEmpty()) throw ProblemException.notFound("view", id);
        return Corrections.of(versions);
    }

    private static ViewSnapshot snapshot(org.neo4j.driver.TransactionContext tx, String id, int version,
                                         ViewRequest request, String savedAt, String editor) {
        var graph = SubgraphService.read(tx, request.nodeIds());
        if (!graph.missing().isEmpty()) {
            throw ProblemException.badBody("nodeIds", "nodeIds names no entity for: " + String.join(", ", graph.missing()));
        }
        var statuses = request.filters() == null ? null : request.filters().statuses();
        var edges = statuses == null ? graph.edges()
                : graph.edges().stream().filter(e -> statuses.contains(e.status())).toList();
        return new ViewSnapshot(id, version, request.title(), request.caption(), request.credits(), request.layout(),
                request.filters(), request.positions(), graph.nodes(), edges, savedAt, editor, request.note(),
                highlightShown(request.highlight(), graph.nodes(), edges));
    }

    /** The highlighted ids that the view shows (a relationship the filters left out is not highlighted). */
    private static List<String> highlightShown(List<String> highlight, List<org.tracegraph.graph.NodeJson> nodes,
                                               List<org.tracegraph.graph.EdgeJson> edges) {
        if (highlight == null) return null;
        var shown = new java.util.HashSet<String>();
        nodes.forEach(n -> shown.add(n.id()));
        edges.forEach(e -> shown.add(e.id()));
        var kept = highlight.stream().filter(shown::contains).toList();
        return kept.isEmpty() ? null : kept;
    }

    private static Map<String, Object> write(ViewSnapshot snapshot) {
        try {
            return params("id", snapshot.id(), "title", snapshot.title(), "savedAt", snapshot.savedAt(),
                    "savedBy", snapshot.savedBy(), "note", snapshot.note(),
                    "snapshot", Json.objectMapper().writeValueAsString(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ViewSnapshot parse(Record row) {
        try {
            return Json.objectMapper().readValue(row.get("snapshot").asString(), ViewSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored view version is not readable", e);
        }
    }

    private static int latest(org.neo4j.driver.TransactionContext tx, String id) {
        var rows = tx.run(CypherFile.query("app/view-exists.cypher"), Map.of("id", id)).list();
        if (rows.isEmpty()) throw ProblemException.notFound("view", id);
        return rows.get(0).get("latestVersion").asInt();
    }

    /** 412 when If-Match was stale, 409 when the body's baseVersion was: the problem names the one sent. */
    private static ProblemException stale(String id, Precondition expected, boolean fromHeader, int latest) {
        var detail = "View '" + id + "' is at version " + latest + ", and your edit starts from "
                + (fromHeader ? expected.named() : "version " + expected.revs().get(0))
                + ": someone published since your edit began. Read the latest version, apply your edit to it, and send"
                + (fromHeader ? " If-Match: " + Precondition.etag(latest) : " baseVersion " + latest);
        return fromHeader
                ? ProblemType.STALE_VERSION_PRECONDITION.exception(detail, "If-Match")
                : ProblemType.STALE_VERSION.exception(detail, "baseVersion");
    }

    /** A readable, unguessable id: the title's first words and six random characters ("bashirli-and-ndi-x3k9qa"). */
    static String newId(String title) {
        var folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('ı', 'i').replace('ə', 'a').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        var words = folded.isEmpty() ? "view" : folded;
        if (words.length() > 40) {
            words = words.substring(0, 40);
            int cut = words.lastIndexOf('-');
            words = cut > 10 ? words.substring(0, cut) : words.replaceAll("-+$", "");
        }
        var suffix = new StringBuilder();
        var alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int i = 0; i < 6; i++) suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return words + "-" + suffix;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Parameters that may be null (Map.of refuses null values). */
    private static Map<String, Object> params(Object... keysAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }
}
