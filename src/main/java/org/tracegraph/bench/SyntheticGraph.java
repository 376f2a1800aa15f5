package org.tracegraph.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.tracegraph.json.Json;

/**
 * A deterministic synthetic graph shaped like a newsroom's: people, organisations, events, places and
 * sources, about {@code relationshipsPerEntity} relationships each with a power-law degree distribution and a
 * few hubs (each taking {@value #HUB_SHARE} of all relationships: 100,000+ at a million entities), dated
 * events with partial dates, names with diacritics and their transliterations as aliases, and on every
 * relationship the evidence the model requires: sources, a quote, a status, sometimes a claimant.
 *
 * <p>Written as graph JSON, the format of {@code GET /api/export?format=json}, so that it is loaded through the
 * app's own import path. The same {@code seed} and size always give the same file.
 */
public final class SyntheticGraph {
    static final double HUB_SHARE = 0.02;
    static final int HUBS = 5;
    static final String[] FIRST = {"Xədicə", "Ruslan", "Elnur", "Məmməd", "Şəhla", "Eynulla", "Gülnarə", "İlqar",
        "Ayla", "Rəşad", "Ülviyyə", "Tural", "Nigar", "Əli", "Sevinc", "Orxan", "Leyla", "Vüqar", "Zöhrə", "Kamran"};
    static final String[] LAST = {"İsmayılova", "Bəşirli", "İsrafilov", "İbrahimli", "Fətullayev", "Əliyev",
        "Hüseynova", "Qasımov", "Məmmədova", "Rüstəmov", "Süleymanlı", "Cəfərova", "Abbasov", "Nəsirli", "Şükürov"};
    private static final String[] ORG_WORDS = {"Azad", "Yeni", "Müsavat", "Bakı", "Qafqaz", "Xəzər", "Demokratik", "Gənclik",
        "Media", "Hüquq", "Şəffaflıq", "İnkişaf"};
    private static final String[] ORG_KINDS = {"party", "newspaper", "news agency", "broadcaster", "NGO", "youth group",
        "government", "university", "company"};
    private static final String[] EVENT_KINDS = {"arrest", "trial", "demonstration", "interview", "publication",
        "election", "conviction", "release"};
    private static final String[] PLACES = {"Bakı", "Gəncə", "Sumqayıt", "Tbilisi", "Moskva", "İstanbul", "Lənkəran",
        "Şəki", "Naxçıvan", "Quba"};
    private static final String[] SOURCE_KINDS = {"article", "report", "letter", "video", "interview", "statement"};
    private static final String[] PUBLISHERS = {"Turan", "RFE/RL", "Meydan TV", "OCCRP", "Foreign Policy Blogs", "APA"};
    private static final List<String> STATUSES = List.of("confirmed", "reported", "alleged", "rumour", "denied", "disputed");
    private static final double[] STATUS_WEIGHTS = {0.45, 0.25, 0.15, 0.06, 0.04, 0.05};
    private static final String[] TYPES = {"Person", "Organisation", "Event", "Place", "Source"};
    private static final double[] TYPE_WEIGHTS = {0.45, 0.25, 0.15, 0.05, 0.10};
    private static final String[][] RELATIONS = {
        {"MEMBER_OF", "Person", "Organisation"}, {"WORKS_FOR", "Person", "Organisation"},
        {"FOUNDED", "Person", "Organisation"}, {"RUNS", "Person", "Organisation"},
        {"FRIEND_OF", "Person", "Person"}, {"RELATIVE_OF", "Person", "Person"}, {"TOLD", "Person", "Person"},
        {"PARTICIPATED_IN", "Person", "Event"}, {"TARGET_OF", "Person", "Event"}, {"ARRESTED_IN", "Person", "Event"},
        {"LOCATED_IN", "Organisation", "Place"}, {"LOCATED_IN", "Event", "Place"}, {"AFFILIATED_WITH", "Organisation", "Organisation"},
        {"REPORTED_ON", "Source", "Event"}, {"CONCERNS", "Source", "Person"}, {"WROTE", "Person", "Source"},
        {"PUBLISHED", "Organisation", "Source"}};

    private final int entities;
    private final int relationships;
    private final long seed;

    public SyntheticGraph(int entities, double relationshipsPerEntity, long seed) {
        if (entities < 10) throw new IllegalArgumentException("at least 10 entities");
        this.entities = entities;
        this.relationships = (int) Math.round(entities * relationshipsPerEntity);
        this.seed = seed;
    }

    public int entities() {
        return entities;
    }

    public int relationships() {
        return relationships;
    }

    /** The type of entity {@code i}: the first {@value #HUBS} are hubs (organisations), the rest by weight. */
    String type(int i) {
        return type(i, random(i));
    }

    /** Entity {@code i}'s own random stream: its type is the first draw, its other fields the next ones. */
    private SplittableRandom random(int i) {
        return new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
    }

    private static String type(int i, SplittableRandom random) {
        var drawn = TYPES[pick(random, TYPE_WEIGHTS)]; // drawn for hubs too, so the next draws stay the same
        return i < HUBS ? "Organisation" : drawn;
    }

    static String id(int i) {
        return "e" + i;
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator json = Json.objectMapper().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", "tracegraph-graph");
            json.writeNumberField("version", 1);
            json.writeStringField("title", "Synthetic graph: " + entities + " entities, seed " + seed);
            json.writeArrayFieldStart("nodes");
            for (int i = 0; i < entities; i++) node(json, i);
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            var random = new SplittableRandom(seed);
            var byType = byType();
            for (int r = 0; r < relationships; r++) edge(json, r, random, byType);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void node(JsonGenerator json, int i) throws IOException {
        var random = random(i);
        var type = type(i, random);
        json.writeStartObject();
        json.writeStringField("id", id(i));
        var name = name(i, type, random);
        json.writeStringField("name", name);
        json.writeStringField("type", type);
        json.writeArrayFieldStart("aliases");
        for (var alias : aliases(name)) json.writeString(alias);
        json.writeEndArray();
        json.writeStringField("description", "Synthetic " + type.toLowerCase(java.util.Locale.ROOT) + " number " + i + ".");
        switch (type) {
            case "Organisation" -> json.writeStringField("kind", ORG_KINDS[random.nextInt(ORG_KINDS.length)]);
            case "Event" -> {
                json.writeStringField("kind", EVENT_KINDS[random.nextInt(EVENT_KINDS.length)]);
                json.writeStringField("date", date(random));
            }
            case "Place" -> json.writeStringField("kind", "city");
            case "Source" -> {
                json.writeStringField("kind", SOURCE_KINDS[random.nextInt(SOURCE_KINDS.length)]);
                json.writeStringField("title", name);
                json.writeStringField("publisher", PUBLISHERS[random.nextInt(PUBLISHERS.length)]);
                json.writeStringField("published", date(random));
            }
            default -> { }
        }
        json.writeEndObject();
    }

    /** Entity {@code i}'s id, name, type and aliases, as {@link #write} writes them. */
    public record Named(String id, String name, String type, java.util.List<String> aliases) {
    }

    /** Entity {@code i} without writing the graph: the names the mention benchmark's finder holds. */
    public Named named(int i) {
        var random = random(i);
        var type = type(i, random);
        var name = name(i, type, random);
        return new Named(id(i), name, type, aliases(name));
    }

    private static String name(int i, String type, SplittableRandom random) {
        return switch (type) {
            case "Person" -> FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
            case "Organisation" -> ORG_WORDS[random.nextInt(ORG_WORDS.length)] + " "
                    + ORG_WORDS[random.nextInt(ORG_WORDS.length)] + " " + i;
            case "Event" -> capitalise(EVENT_KINDS[random.nextInt(EVENT_KINDS.length)]) + " in "
                    + PLACES[random.nextInt(PLACES.length)] + " " + i;
            case "Place" -> PLACES[random.nextInt(PLACES.length)] + " " + i;
            default -> "Report " + i + " on " + ORG_WORDS[random.nextInt(ORG_WORDS.length)];
        };
    }

    /** The name's ASCII spelling, when it differs. */
    private static java.util.List<String> aliases(String name) {
        var ascii = org.tracegraph.core.Folding.fold(name);
        return ascii.equals(name.toLowerCase(java.util.Locale.ROOT)) ? java.util.List.of()
                : java.util.List.of(capitaliseWords(ascii));
    }

    /** The indices of the entities of each type, in order: a low index is a more connected entity. */
    private java.util.Map<String, int[]> byType() {
        var lists = new java.util.HashMap<String, java.util.List<Integer>>();
        for (int i = 0; i < entities; i++) lists.computeIfAbsent(type(i), t -> new java.util.ArrayList<>()).add(i);
        var arrays = new java.util.HashMap<String, int[]>();
        for (var type : TYPES) {
            var list = lists.getOrDefault(type, List.of());
            // a tiny graph may lack a type: fall back on any entity
            arrays.put(type, list.isEmpty() ? java.util.stream.IntStream.range(0, entities).toArray()
                    : list.stream().mapToInt(Integer::intValue).toArray());
        }
        return arrays;
    }

    private void edge(JsonGenerator json, int r, SplittableRandom random, java.util.Map<String, int[]> byType) throws IOException {
        String[] relation;
        int from;
        int to;
        if (random.nextDouble() < HUB_SHARE * HUBS) {
            // a hub: an organisation that thousands of people are members of, work for or run
            relation = RELATIONS[random.nextInt(4)];
            to = random.nextInt(HUBS);
            from = skewed(random, byType.get("Person"));
        } else {
            relation = RELATIONS[random.nextInt(RELATIONS.length)];
            from = skewed(random, byType.get(relation[1]));
            to = skewed(random, byType.get(relation[2]));
            if (from == to) to = (to + 1) % entities;
        }
        var status = STATUSES.get(pick(random, STATUS_WEIGHTS));
        var sources = byType.get("Source");
        int source = sources[random.nextInt(sources.length)];
        json.writeStartObject();
        json.writeStringField("id", "r" + r);
        json.writeStringField("source", id(from));
        json.writeStringField("target", id(to));
        json.writeStringField("type", relation[0]);
        json.writeStringField("status", status);
        json.writeArrayFieldStart("sourceIds");
        json.writeString(id(source));
        json.writeEndArray();
        json.writeStringField("quote", "Entity " + from + " " + relation[0].toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " entity " + to + ", the report says (" + r + ").");
        if (status.equals("alleged") || status.equals("denied") || status.equals("disputed")) {
            json.writeStringField("claimedBy", id(skewed(random, byType.get("Person"))));
        }
        if (random.nextDouble() < 0.3) json.writeStringField("date", date(random));
        json.writeEndObject();
    }

    /**
     * A heavy tail over {@code candidates}: half the picks uniform (so that few entities are left without a
     * relationship), half u³, which puts most of their mass on the first, most connected, ones.
     */
    private static int skewed(SplittableRandom random, int[] candidates) {
        double u = random.nextDouble();
        if (random.nextBoolean()) u = u * u * u;
        return candidates[(int) (candidates.length * u)];
    }

    private static String date(SplittableRandom random) {
        int year = 1990 + random.nextInt(35);
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(year);
            case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
            default -> String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            if ((u -= weights[i]) < 0) return i;
        }
        return weights.length - 1;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String capitaliseWords(String text) {
        var words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isLetter(words[i].charAt(0))) words[i] = capitalise(words[i]);
        }
        return String.join(" ", words);
    }
}
