package org.tracegraph.embed;

import org.tracegraph.core.Ids;

import org.tracegraph.core.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.Status;
import org.tracegraph.embed.ViewSnapshot.Filters;
import org.tracegraph.embed.ViewSnapshot.Position;
import org.tracegraph.graph.SubgraphService;

/**
 * What an editor sends to save a view or publish a new version of it, checked field by field: a 400 names
 * the field at fault. For a new version, a field left out keeps its value from the version before.
 */
public record ViewRequest(String title, String caption, String credits, String layout, Filters filters,
                          Map<String, Position> positions, List<String> nodeIds, String note, Integer baseVersion,
                          List<String> highlight) {
    static final int MAX_TITLE = 200;
    static final int MAX_CAPTION = 2000;
    static final int MAX_CREDITS = 500;
    static final int MAX_NOTE = 500;
    private static final Set<String> FIELDS = Set.of("title", "caption", "credits", "layout", "filters",
            "positions", "nodeIds", "note", "baseVersion", "highlight");
    /** Most ids in {@code highlight}: a traced path's nodes and relationships (six hops at most, and their ends). */
    static final int MAX_HIGHLIGHT = 50;
    private static final Set<String> LAYOUTS = Set.of("preset", "fcose", "concentric", "breadthfirst", "time", "circle");
    private static final Set<String> TYPES = Set.copyOf(EntityType.labels());
    private static final Set<String> STATUSES = Set.copyOf(Status.words());

    /** A first version: {@code title} and {@code nodeIds} are required. */
    public static ViewRequest forCreate(JsonNode body) {
        var request = parse(body);
        if (request.title == null) throw ProblemException.badBody("title", "title is required: the view's headline");
        if (request.nodeIds == null) throw ProblemException.badBody("nodeIds", "nodeIds is required: the entities the view shows");
        return request.checked();
    }

    /** A new version: whatever is left out is taken from {@code previous}. */
    public static ViewRequest forNewVersion(JsonNode body, ViewSnapshot previous) {
        var r = parse(body);
        return new ViewRequest(
                r.title != null ? r.title : previous.title(),
                body.has("caption") ? r.caption : previous.caption(),
                body.has("credits") ? r.credits : previous.credits(),
                body.has("layout") ? r.layout : previous.layout(),
                body.has("filters") ? r.filters : previous.filters(),
                body.has("positions") ? r.positions : previous.positions(),
                r.nodeIds != null ? r.nodeIds : previous.nodes().stream().map(n -> n.id()).toList(),
                r.note, r.baseVersion,
                body.has("highlight") ? r.highlight : previous.highlight()).checked();
    }

    private static ViewRequest parse(JsonNode body) {
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ProblemException.badBody(name, "Unknown field '" + abbreviate(name) + "'; a view takes " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        });
        return new ViewRequest(
                text(body, "title", MAX_TITLE),
                text(body, "caption", MAX_CAPTION),
                text(body, "credits", MAX_CREDITS),
                choice(body, "layout", LAYOUTS),
                filters(body.get("filters")),
                positions(body.get("positions")),
                nodeIds(body.get("nodeIds")),
                text(body, "note", MAX_NOTE),
                baseVersion(body.get("baseVersion")),
                highlight(body.get("highlight")));
    }

    /** Checks that hold across fields: every position is of a node the view shows. */
    private ViewRequest checked() {
        if (positions != null) {
            var shown = new LinkedHashSet<>(nodeIds);
            var strays = positions.keySet().stream().filter(id -> !shown.contains(id)).toList();
            if (!strays.isEmpty()) {
                throw ProblemException.badBody("positions", "positions names entities the view does not show: "
                        + String.join(", ", strays));
            }
        }
        return this;
    }

    private static String text(JsonNode body, String field, int max) {
        var value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw ProblemException.badBody(field, field + " must be text");
        var text = value.asText().strip();
        if (text.length() > max) throw ProblemException.badBody(field, field + " is longer than " + max + " characters");
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw ProblemException.badBody(field, field + " holds control characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static String choice(JsonNode body, String field, Set<String> allowed) {
        var value = text(body, field, 40);
        if (value != null && !allowed.contains(value)) {
            throw ProblemException.badBody(field, field + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", not '" + value + "'");
        }
        return value;
    }

    /** The ids of the traced path the view was saved with (nodes and relationships), drawn highlighted. */
    private static List<String> highlight(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isArray()) throw ProblemException.badBody("highlight", "highlight must be a list of node and relationship ids");
        var ids = new LinkedHashSet<String>();
        for (var item : value) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > 200
                    || item.asText().chars().anyMatch(Character::isISOControl)) {
                throw ProblemException.badBody("highlight", "highlight must hold node and relationship ids, not "
                        + abbreviate(item.toString()));
            }
            ids.add(item.asText());
        }
        if (ids.size() > MAX_HIGHLIGHT) {
            throw ProblemException.badBody("highlight", "highlight names " + ids.size() + " elements; at most " + MAX_HIGHLIGHT);
        }
        return ids.isEmpty() ? null : List.copyOf(ids);
    }

    private static List<String> nodeIds(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isArray()) throw ProblemException.badBody("nodeIds", "nodeIds must be a list of entity ids");
        var ids = new LinkedHashSet<String>();
        for (var item : value) {
            if (!item.isTextual() || !Ids.isId(item.asText())) {
                throw ProblemException.badBody("nodeIds", "nodeIds must hold entity ids (lowercase slugs such as"
                        + " 'ruslan-bashirli'), not " + abbreviate(item.toString()));
            }
            ids.add(item.asText());
        }
        if (ids.isEmpty()) throw ProblemException.badBody("nodeIds", "nodeIds must name at least one entity");
        if (ids.size() > SubgraphService.MAX_IDS) {
            throw ProblemException.badBody("nodeIds", "nodeIds names " + ids.size() + " entities; a view shows at most "
                    + SubgraphService.MAX_IDS);
        }
        return List.copyOf(ids);
    }

    private static Map<String, Position> positions(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isObject()) throw ProblemException.badBody("positions", "positions must be an object: {\"id\": {\"x\": 0, \"y\": 0}}");
        var positions = new LinkedHashMap<String, Position>();
        value.fields().forEachRemaining(entry -> {
            var p = entry.getValue();
            if (!p.isObject() || !finite(p.get("x")) || !finite(p.get("y"))) {
                throw ProblemException.badBody("positions", "positions." + abbreviate(entry.getKey())
                        + " must be {\"x\": number, \"y\": number}");
            }
            positions.put(entry.getKey(), new Position(p.get("x").asDouble(), p.get("y").asDouble()));
        });
        return positions.isEmpty() ? null : positions;
    }

    private static boolean finite(JsonNode n) {
        return n != null && n.isNumber() && Double.isFinite(n.asDouble()) && Math.abs(n.asDouble()) < 1e7;
    }

    private static Filters filters(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isObject()) throw ProblemException.badBody("filters", "filters must be an object: {types, statuses, from, to}");
        value.fieldNames().forEachRemaining(name -> {
            if (!Set.of("types", "statuses", "from", "to").contains(name)) {
                throw ProblemException.badBody("filters." + name, "filters takes types, statuses, from and to, not '"
                        + abbreviate(name) + "'");
            }
        });
        return new Filters(names(value.get("types"), "filters.types", TYPES),
                names(value.get("statuses"), "filters.statuses", STATUSES),
                year(value.get("from"), "filters.from"), year(value.get("to"), "filters.to"));
    }

    private static List<String> names(JsonNode value, String field, Set<String> allowed) {
        if (value == null || value.isNull()) return null;
        if (!value.isArray()) throw ProblemException.badBody(field, field + " must be a list");
        var names = new ArrayList<String>();
        for (var item : value) {
            if (!item.isTextual() || !allowed.contains(item.asText())) {
                throw ProblemException.badBody(field, field + " may hold " + String.join(", ", allowed.stream().sorted().toList())
                        + ", not " + abbreviate(item.toString()));
            }
            names.add(item.asText());
        }
        return List.copyOf(names);
    }

    private static Integer year(JsonNode value, String field) {
        if (value == null || value.isNull()) return null;
        if (!value.canConvertToInt() || !value.isIntegralNumber() || Math.abs(value.asInt()) > 9999) {
            throw ProblemException.badBody(field, field + " must be a year such as 2012");
        }
        return value.asInt();
    }

    private static Integer baseVersion(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
            throw ProblemException.badBody("baseVersion", "baseVersion must be the version number the edit starts from (1, 2, ...)");
        }
        return value.asInt();
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
