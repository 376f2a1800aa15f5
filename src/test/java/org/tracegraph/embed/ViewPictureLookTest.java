package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.core.ProblemException;
import org.tracegraph.json.Json;
import org.w3c.dom.Element;

/** The server's picture of a view, and the filters a view takes, come from the one vocabulary. */
class ViewPictureLookTest {
    private static final Vocabulary VOCABULARY = Vocabulary.get();

    @Test
    void the_svg_draws_each_status_in_its_colour_width_and_dashes_and_each_type_in_its_colour() throws Exception {
        var svg = SvgImage.write(ViewPicture.of(everyTypeAndStatus()));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var groups = doc.getElementsByTagName("g");
        var edges = new HashMap<String, Element>();
        var nodes = new HashMap<String, Element>();
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            var classes = g.getAttribute("class");
            if (classes.startsWith("edge status-")) edges.put(classes.substring("edge status-".length()), g);
            if (classes.startsWith("node type-")) nodes.put(classes.substring("node type-".length()), g);
        }
        assertEquals(Status.words().size(), edges.size(), edges.keySet()::toString);
        for (var status : VOCABULARY.statuses()) {
            var g = edges.get(status.name());
            var line = (Element) g.getElementsByTagName("line").item(0);
            assertEquals(status.color(), line.getAttribute("stroke"), status.name());
            assertEquals(SvgImage.num(status.width()), line.getAttribute("stroke-width"), status.name());
            assertEquals(SvgImage.num(status.opacity()), g.getAttribute("opacity"), status.name());
            assertEquals(status.dash() == null ? "" : Arrays.stream(status.dash()).mapToObj(SvgImage::num)
                    .collect(Collectors.joining(" ")), line.getAttribute("stroke-dasharray"), status.name());
            assertEquals(status.color(), ((Element) g.getElementsByTagName("polygon").item(0)).getAttribute("fill"),
                    status.name() + ": its arrowhead");
        }
        assertEquals(EntityType.labels().size(), nodes.size(), nodes.keySet()::toString);
        for (var type : VOCABULARY.entityTypes()) {
            var shape = (Element) nodes.get(type.name()).getFirstChild();
            assertEquals(type.color(), shape.getAttribute("fill"), type.name());
            assertEquals(type.glyph().equals("circle") ? "circle" : "polygon", shape.getTagName(), type.name());
        }
    }

    @Test
    void the_legend_lists_the_types_then_the_statuses_in_the_vocabulary_order() {
        var legend = ViewPicture.of(everyTypeAndStatus()).legend().stream().map(ViewPicture.LegendMark::label).toList();
        var expected = new ArrayList<>(EntityType.labels());
        expected.addAll(Status.words());
        assertEquals(expected, legend);
    }

    @Test
    void a_node_of_no_known_type_is_drawn_in_the_vocabulary_other_look() {
        var look = ViewPicture.type("Entity");
        assertEquals(VOCABULARY.otherType().color(), look.color());
        assertEquals(VOCABULARY.otherType().glyph(), look.shape());
    }

    @Test
    void a_view_filters_by_exactly_the_vocabulary_types_and_statuses() {
        var filters = JsonNodeFactory.instance.objectNode();
        filters.putArray("types").addAll(EntityType.labels().stream().map(JsonNodeFactory.instance::textNode).toList());
        filters.putArray("statuses").addAll(Status.words().stream().map(JsonNodeFactory.instance::textNode).toList());
        var body = JsonNodeFactory.instance.objectNode().put("title", "Every type and status");
        body.putArray("nodeIds").add("ruslan-bashirli");
        body.set("filters", filters);
        var request = ViewRequest.forCreate(body);
        assertEquals(EntityType.labels(), request.filters().types());
        assertEquals(Status.words(), request.filters().statuses());

        filters.putArray("statuses").add("unconfirmed");
        var refused = assertThrows(ProblemException.class, () -> ViewRequest.forCreate(body));
        assertTrue(refused.problem().detail().contains(String.join(", ", Status.words().stream().sorted().toList())),
                refused.problem().detail());
    }

    /** One node of each type in a row, linked by one relationship of each status. */
    private static ViewSnapshot everyTypeAndStatus() {
        var nodes = new ArrayList<Map<String, Object>>();
        var positions = new HashMap<String, Object>();
        for (var type : EntityType.values()) {
            var id = type.label().toLowerCase(Locale.ROOT);
            nodes.add(Map.of("id", id, "name", type.label() + " node", "type", type.label(), "degree", 2));
            positions.put(id, Map.of("x", type.ordinal() * 100, "y", type.ordinal() % 2 * 80));
        }
        var edges = new ArrayList<Map<String, Object>>();
        for (var status : Status.values()) {
            var ids = nodes.stream().map(n -> (String) n.get("id")).toList();
            edges.add(Map.of("id", "r-" + status.word(), "source", ids.get(status.ordinal() % ids.size()),
                    "target", ids.get((status.ordinal() + 1) % ids.size()), "type", "CONCERNS", "status", status.word(),
                    "sources", List.of(Map.of("id", "src", "title", "A source")), "quote", "a quote"));
        }
        var view = Map.of("id", "every-look", "version", 1, "title", "Every look", "nodes", nodes, "edges", edges,
                "positions", positions);
        return Json.objectMapper().convertValue(view, ViewSnapshot.class);
    }
}
