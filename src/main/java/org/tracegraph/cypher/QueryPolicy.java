package org.tracegraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser.*;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.ProblemException;

/**
 * What an analyst's query may do, read from Neo4j's own parse of it ({@link CypherText}): one plain read of
 * the public graph. Refused with a 403 naming what was found: commands (SHOW, TERMINATE, schema and
 * administration), {@code USE}, {@code LOAD CSV}, {@code CALL … IN TRANSACTIONS}, every write clause, a
 * procedure or namespaced function outside the read allow-lists, a full-text index other than the public ones.
 *
 * <p>Privacy: the app's own records ({@code :Change}, {@code :Redirect}, {@code :View}, {@code :ViewVersion},
 * {@code :RelationshipIdLock}, {@code :Note}, {@code :ReviewItem}) are never connected to an {@code :Entity}. A query may therefore reach nodes only
 * through path patterns anchored on a public label: every node pattern names public labels only (combined with
 * {@code & | :}; no {@code !}, {@code %} or dynamic labels), and every path pattern has at least one node pattern
 * that names one. From such a node only entities can be reached, and every node a query can hold comes from
 * such a pattern or from the entity full-text index.
 */
final class QueryPolicy {
    /** The public labels: Entity and the entity types of the vocabulary. */
    static final Set<String> PUBLIC_LABELS = Stream.concat(Stream.of("Entity"),
            EntityType.labels().stream()).collect(Collectors.toUnmodifiableSet());
    /** Procedures that only read the schema's names or the public full-text indexes. */
    static final Set<String> READ_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships", "db.index.fulltext.listAvailableAnalyzers");
    /** The full-text procedures, each with the one public index it may query. */
    static final Map<String, String> FULLTEXT = Map.of("db.index.fulltext.queryNodes", "entity_text",
            "db.index.fulltext.queryRelationships", "relationship_refs");
    /** Namespaces of Neo4j's built-in functions (temporal, spatial); any other namespace is a plugin's. */
    static final Set<String> FUNCTION_NAMESPACES = Set.of("date", "datetime", "localdatetime", "time", "localtime",
            "duration", "point");
    private static final String ANCHOR_HINT = "start it from an entity, e.g. (n:Entity) or (p:Person); the public"
            + " labels are " + String.join(", ", new TreeSet<>(PUBLIC_LABELS));

    private QueryPolicy() {
    }

    /** Throws a 403 problem naming the first thing the query may not do. */
    static void check(CypherText query) {
        var statements = query.tree().statement();
        if (statements.size() != 1) {
            throw QueryGuard.refused("it holds " + statements.size() + " statements; send one query at a time");
        }
        var statement = statements.get(0);
        if (statement.periodicCommitQueryHintFailure() != null) throw QueryGuard.refused("it uses PERIODIC COMMIT");
        if (statement.command() != null) {
            throw QueryGuard.refused("it is a command (" + words(statement.command(), 3)
                    + "), not a query; commands administer the server or its schema");
        }
        // what it does first, then what it reads: "it writes" is the answer to a write that also reads (n)
        walk(statement, QueryPolicy::operation);
        walk(statement, QueryPolicy::reach);
    }

    private interface Visit {
        /** Checks one node; false to stop descending into it. */
        boolean visit(ParseTree node);
    }

    private static void walk(ParseTree node, Visit visit) {
        if (!visit.visit(node)) return;
        for (int i = 0; i < node.getChildCount(); i++) walk(node.getChild(i), visit);
    }

    // ---- what the query does

    private static boolean operation(ParseTree node) {
        if (node instanceof UseClauseContext) {
            throw QueryGuard.refused("it names a database with USE; analysts' queries read this graph only");
        }
        if (node instanceof LoadCSVClauseContext) throw QueryGuard.refused("it reads files or URLs (LOAD CSV)");
        if (node instanceof SubqueryClauseContext sub && sub.subqueryInTransactionsParameters() != null) {
            throw QueryGuard.refused("it runs a subquery in transactions of its own (CALL … IN TRANSACTIONS)");
        }
        if (node instanceof CreateClauseContext || node instanceof InsertClauseContext
                || node instanceof MergeClauseContext || node instanceof SetClauseContext
                || node instanceof DeleteClauseContext || node instanceof RemoveClauseContext
                || node instanceof ForeachClauseContext) {
            throw QueryGuard.refused("it writes to the graph (" + words((ParserRuleContext) node, 2)
                    + "); the Cypher endpoint only reads");
        }
        if (node instanceof CallClauseContext call) procedure(call);
        if (node instanceof FunctionInvocationContext f) function(f);
        return true;
    }

    private static void procedure(CallClauseContext call) {
        var name = name(call.procedureName().namespace(), call.procedureName().symbolicNameString());
        if (!READ_PROCEDURES.contains(name)) {
            throw QueryGuard.refused("it calls the procedure " + name + ", which is not one of the read procedures"
                    + " allowed here: " + String.join(", ", new TreeSet<>(READ_PROCEDURES)));
        }
        var index = FULLTEXT.get(name);
        if (index == null) return;
        var arguments = call.procedureArgument();
        var given = call.LPAREN() == null || arguments.isEmpty() ? null : stringLiteral(arguments.get(0).expression());
        if (!index.equals(given)) {
            throw QueryGuard.refused(name + " may query only the public index '" + index + "', named as a string"
                    + " literal: CALL " + name + "('" + index + "', 'words to find')");
        }
    }

    private static void function(FunctionInvocationContext f) {
        var namespace = f.functionName().namespace().symbolicNameString();
        if (namespace.isEmpty()) return; // Neo4j's own functions; a plugin's live in a namespace
        if (namespace.size() == 1 && FUNCTION_NAMESPACES.contains(symbolic(namespace.get(0)).toLowerCase())) return;
        throw QueryGuard.refused("it calls the function " + name(f.functionName().namespace(),
                f.functionName().symbolicNameString()) + ", which is not one of Neo4j's built-in functions");
    }

    // ---- what the query can reach

    private static boolean reach(ParseTree node) {
        if (node instanceof NodePatternContext n && n.labelExpression() != null) labels(n.labelExpression());
        if (node instanceof PatternContext p && !(p.getParent() instanceof ParenthesizedPathContext)) {
            anchored(p.anonymousPattern().shortestPathPattern() != null
                    ? p.anonymousPattern().shortestPathPattern().patternElement()
                    : p.anonymousPattern().patternElement(), p);
        }
        if (node instanceof PathPatternNonEmptyContext p) anchoredNodes(p.nodePattern(), p);
        if (node instanceof ShortestPathExpressionContext s) anchored(s.shortestPathPattern().patternElement(), s);
        return true;
    }

    /** Only public labels, combined so that any node they match has one: no negation, wildcard or dynamic label. */
    private static void labels(LabelExpressionContext expression) {
        walk(expression, node -> {
            if (node instanceof TerminalNode t && t.getSymbol().getType() == Cypher5Lexer.EXCLAMATION_MARK) {
                throw private_("it matches nodes by a negated label (" + expression.getText() + ")");
            }
            if (node instanceof AnyLabelContext || node instanceof AnyLabelIsContext) {
                throw private_("it matches nodes of any label (" + expression.getText() + ")");
            }
            if (node instanceof DynamicLabelContext || node instanceof DynamicLabelIsContext) {
                throw private_("it matches nodes by a label computed at run time (" + expression.getText() + ")");
            }
            String label = null;
            if (node instanceof LabelNameContext l) label = symbolic(l.symbolicNameString());
            if (node instanceof LabelNameIsContext l) label = unquoted(l.symbolicLabelNameString().getText());
            if (label != null && !PUBLIC_LABELS.contains(label)) {
                throw private_("it matches nodes labelled " + label + ", which are not part of the public graph");
            }
            return true;
        });
    }

    /** A path pattern with at least one node pattern, outside any parenthesized path, that names a label. */
    private static void anchored(PatternElementContext element, ParserRuleContext pattern) {
        anchoredNodes(element.nodePattern(), pattern);
    }

    private static void anchoredNodes(List<NodePatternContext> nodes, ParserRuleContext pattern) {
        for (var n : nodes) {
            if (n.labelExpression() != null) return; // its names were checked: public ones only
        }
        throw private_("the pattern " + words(pattern, 12) + " names no label, so it could reach any node");
    }

    private static ProblemException private_(String why) {
        return QueryGuard.refused(why + ". Through this endpoint a query reads the public graph only, and every"
                + " pattern must name a public label: " + ANCHOR_HINT);
    }

    // ---- names as Neo4j reads them

    private static String name(NamespaceContext namespace, SymbolicNameStringContext last) {
        var parts = new ArrayList<String>();
        namespace.symbolicNameString().forEach(s -> parts.add(symbolic(s)));
        parts.add(symbolic(last));
        return String.join(".", parts);
    }

    static String symbolic(SymbolicNameStringContext name) {
        return unquoted(name.getText());
    }

    /** A backticked name without its backticks, doubled backticks single; other names as they are. */
    static String unquoted(String text) {
        if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
            return text.substring(1, text.length() - 1).replace("``", "`");
        }
        return text;
    }

    /** A string literal's value when the expression is one with no escapes, else null. */
    private static String stringLiteral(ExpressionContext e) {
        var literal = new ArrayList<StringLiteralContext>();
        walk(e, node -> {
            if (node instanceof StringLiteralContext s) literal.add(s);
            return true;
        });
        if (literal.size() != 1) return null;
        var text = literal.get(0).getText();
        if (!e.getText().equals(text) || text.length() < 2 || text.contains("\\")) return null;
        return text.substring(1, text.length() - 1);
    }

    /** The first few words of a part of the query, for a message. */
    private static String words(ParserRuleContext node, int most) {
        var words = new ArrayList<String>();
        walk(node, child -> {
            if (child instanceof TerminalNode t && words.size() < most && t.getSymbol().getType() != Cypher5Lexer.EOF) {
                words.add(t.getText());
            }
            return words.size() < most;
        });
        return String.join(" ", words) + (words.size() >= most ? " …" : "");
    }
}
