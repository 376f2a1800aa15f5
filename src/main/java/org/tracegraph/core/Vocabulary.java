package org.tracegraph.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The documented words of the graph and their look, kept as data in {@code vocabulary.json}: the entity types
 * with the colour and shape they are drawn in, the relationship types with the verb that turns a hop into a
 * sentence, and the epistemic statuses, strongest first, with their line and their badge. It is the one place
 * these are written: the API serves it, the explorer and the embed draw with it (meta/VocabularyAssets), and
 * the server's pictures of a view (embed/ViewPicture) use the same colours. The file is checked when it is
 * read: its entity types and statuses must be {@link EntityType} and {@link Status}, in their order, each with
 * its whole look.
 */
public record Vocabulary(List<EntityTypeTerm> entityTypes, Look otherType, List<RelationshipType> relationshipTypes,
                         List<StatusTerm> statuses, List<Cue> cues) {

    /**
     * An entity type: {@code color} fills its node; {@code shape} is the node's Cytoscape.js shape; {@code glyph}
     * is how the legend, the badges and the server's pictures draw it, one of {@link #GLYPHS}.
     */
    public record EntityTypeTerm(String name, String description, String color, String shape, String glyph) {
        public Look look() {
            return new Look(color, shape, glyph);
        }
    }

    /** How a node is drawn; {@code otherType} is the look of a node of no known type (a Cypher result's). */
    public record Look(String color, String shape, String glyph) {
    }

    public record RelationshipType(String name, String verb, String description) {
    }

    /**
     * A status: its relationships are drawn as a line of {@code color}, {@code width} and {@code opacity}, solid
     * when {@code dash} is null or else in that dash pattern, with a bar across it when {@code struck}; {@code
     * label} says the line style in words. Its badge is text of {@code badge.ink} on {@code badge.background}
     * (at least 4.5:1) inside a {@code badge.border} (solid, dashed or dotted) border, struck through when the
     * line is.
     */
    public record StatusTerm(String name, String description, String label, String color, double width,
                             double[] dash, double opacity, boolean struck, Badge badge) {
    }

    public record Badge(String ink, String background, String border) {
    }

    /**
     * Words in a sentence that say how firmly, or by whom, something is claimed ("denied", "allegedly",
     * "according to"): the Article flow and document review show them beside a proposed link, with the status
     * they {@code suggests} and where the claimant is likely named ({@code claimant}: "before" the words, "after"
     * them, or null). A suggestion only: an editor chooses every status and claimant.
     */
    public record Cue(String kind, String suggests, String claimant, List<String> words) {
    }

    /** The glyphs the explorer (evidence.js) and the server (embed/ViewPicture) know how to draw. */
    public static final Set<String> GLYPHS = Set.of("circle", "rounded", "diamond", "hexagon", "document");
    private static final Set<String> BORDERS = Set.of("solid", "dashed", "dotted");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z]+(_[A-Z]+)*");

    private static final Vocabulary INSTANCE = load();
    private static final Map<String, String> VERBS = INSTANCE.relationshipTypes().stream()
            .collect(Collectors.toMap(RelationshipType::name, RelationshipType::verb));

    public static Vocabulary get() {
        return INSTANCE;
    }

    /** "MEMBER_OF" → "is a member of"; a type not in the vocabulary reads as its own words. */
    public static String verb(String type) {
        return VERBS.getOrDefault(type, type.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** The look of an entity type; a node of no known type gets {@link #otherType}. */
    public Look look(String type) {
        return entityTypes.stream().filter(t -> t.name().equals(type)).findFirst().map(EntityTypeTerm::look)
                .orElse(otherType);
    }

    public EntityTypeTerm term(EntityType type) {
        return entityTypes.get(type.ordinal());
    }

    public StatusTerm term(Status status) {
        return statuses.get(status.ordinal());
    }

    /** Reads and checks a vocabulary; an {@link IllegalStateException} lists everything that is wrong with it. */
    public static Vocabulary read(InputStream in) throws IOException {
        var vocabulary = new ObjectMapper().readValue(in, Vocabulary.class);
        var problems = vocabulary.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("vocabulary.json: " + String.join("; ", problems));
        }
        return vocabulary;
    }

    private static Vocabulary load() {
        try (var in = Vocabulary.class.getClassLoader().getResourceAsStream("vocabulary.json")) {
            if (in == null) throw new IllegalStateException("vocabulary.json is missing from the class path");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What disagrees with the enums, or is missing from a look. */
    List<String> problems() {
        var problems = new ArrayList<String>();
        var typeNames = entityTypes == null ? List.of() : entityTypes.stream().map(EntityTypeTerm::name).toList();
        if (!typeNames.equals(EntityType.labels())) {
            problems.add("entityTypes must be " + EntityType.labels() + " in this order (EntityType), not "
                    + typeNames);
        }
        var statusNames = statuses == null ? List.of() : statuses.stream().map(StatusTerm::name).toList();
        if (!statusNames.equals(Status.words())) {
            problems.add("statuses must be " + Status.words() + ", strongest first (Status), not " + statusNames);
        }
        if (entityTypes != null) entityTypes.forEach(t -> look(problems, "entity type " + t.name(), t.look()));
        if (otherType == null) problems.add("otherType is missing: the look of a node of no known type");
        else look(problems, "otherType", otherType);
        if (relationshipTypes == null || relationshipTypes.isEmpty()) problems.add("relationshipTypes is missing");
        else relationshipTypes.forEach(t -> {
            if (t.name() == null || !UPPER_SNAKE.matcher(t.name()).matches()) {
                problems.add("relationship type " + t.name() + " is not UPPER_SNAKE");
            }
            if (blank(t.verb())) problems.add("relationship type " + t.name() + " has no verb");
        });
        if (statuses != null) statuses.forEach(s -> status(problems, s));
        if (cues == null) problems.add("cues is missing");
        else cues.forEach(c -> {
            if (!Status.words().contains(c.suggests())) problems.add("cue " + c.kind() + " suggests no status: " + c.suggests());
            if (c.claimant() != null && !Set.of("before", "after").contains(c.claimant())) {
                problems.add("cue " + c.kind() + " claimant must be before, after or null, not " + c.claimant());
            }
            if (c.words() == null || c.words().isEmpty() || c.words().stream().anyMatch(Vocabulary::blank)) {
                problems.add("cue " + c.kind() + " has no words");
            }
        });
        return problems;
    }

    private static void look(List<String> problems, String what, Look look) {
        colour(problems, what + " color", look.color());
        if (blank(look.shape())) problems.add(what + " has no shape");
        if (!GLYPHS.contains(look.glyph())) {
            problems.add(what + " glyph must be one of " + GLYPHS + ", not " + look.glyph());
        }
    }

    private static void status(List<String> problems, StatusTerm s) {
        var what = "status " + s.name();
        if (blank(s.description())) problems.add(what + " has no description");
        if (blank(s.label())) problems.add(what + " has no label (its line style in words)");
        colour(problems, what + " color", s.color());
        if (!(s.width() > 0)) problems.add(what + " width must be above 0");
        if (!(s.opacity() > 0 && s.opacity() <= 1)) problems.add(what + " opacity must be above 0 and at most 1");
        if (s.dash() != null && (s.dash().length == 0 || Arrays.stream(s.dash()).anyMatch(d -> !(d > 0)))) {
            problems.add(what + " dash must be null (a solid line) or lengths above 0");
        }
        if (s.badge() == null) {
            problems.add(what + " has no badge");
            return;
        }
        colour(problems, what + " badge ink", s.badge().ink());
        colour(problems, what + " badge background", s.badge().background());
        if (!BORDERS.contains(s.badge().border())) {
            problems.add(what + " badge border must be one of " + BORDERS + ", not " + s.badge().border());
        }
    }

    private static void colour(List<String> problems, String what, String colour) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            problems.add(what + " must be a colour such as #2563c9, not " + colour);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
