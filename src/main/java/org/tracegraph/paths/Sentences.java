package org.tracegraph.paths;

import java.util.List;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;
import org.tracegraph.core.Vocabulary;

/** Tells a hop as a sentence an investigator can read: who did what to whom, and on what footing. */
final class Sentences {
    private Sentences() {
    }

    static String hop(EdgeJson edge, List<NodeJson> nodes) {
        var subject = name(edge.source(), nodes);
        var object = name(edge.target(), nodes);
        var sentence = new StringBuilder(subject).append(' ').append(Vocabulary.verb(edge.type()))
                .append(' ').append(object);
        if (edge.role() != null) sentence.append(" [").append(edge.role()).append(']');
        sentence.append(" — ").append(edge.status() == null ? "no status given" : edge.status());
        if (edge.claimedByName() != null) sentence.append(by(edge.status())).append(edge.claimedByName());
        if (!Boolean.TRUE.equals(edge.quoteVerified())) sentence.append(" (quote not checked)");
        return sentence.toString();
    }

    /** Who stands behind a claim, in the words its status calls for: alleged by, denied by... */
    private static String by(String status) {
        return switch (status == null ? "" : status) {
            case "alleged", "denied", "disputed", "reported" -> " by ";
            default -> ", according to ";
        };
    }

    private static String name(String id, List<NodeJson> nodes) {
        return nodes.stream().filter(n -> n.id().equals(id)).map(NodeJson::name).findFirst().orElse(id);
    }
}
