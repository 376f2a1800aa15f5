package org.tracegraph.cypher;

import org.tracegraph.core.ProblemType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser.*;
import org.tracegraph.curation.TextLimits;
import org.tracegraph.core.ProblemException;

/**
 * Refuses, before it runs, a query that would loop within one row more than Neo4j can be trusted to stop.
 * Neo4j checks for termination between rows and on store access, never inside an expression: {@code
 * reduce(s = 0, x IN range(1, 3000000000) | s + x)} runs for minutes past its timeout, holding a core, and a
 * string doubled in a {@code reduce} fills the heap the API and the database share. Rows, on the other hand,
 * are stopped at the timeout: {@code UNWIND range(1, 3000000000) AS x} is fine.
 *
 * <p>The query is read with Neo4j's own Cypher 5 parser and each expression evaluated on sizes instead of
 * values: every loop within an expression (list comprehension, {@code reduce}, {@code all/any/none/single},
 * {@code IN} on a list, a function that walks a list or a string) costs the size of what it walks times the
 * work of its body, and the work of one row may not exceed {@link #MAX_STEPS} (about a second of Neo4j's
 * time). Sizes come from literals, from {@code range()} over known numbers, and from the request's parameters,
 * which are known. Sizes that depend on the data are bounded by assumption, which is what lets one loop over
 * data pass and a loop over data nested in another be refused:
 * <ul>
 * <li>a list built from rows ({@code collect()}, {@code COLLECT { }}, a pattern comprehension) holds at most
 * {@link #ROW_ITEMS}: the rows are produced under the timeout and the 512 MiB a transaction may use holds about
 * that many items;
 * <li>a path, or a variable-length relationship list, at most {@link #PATH_ITEMS};
 * <li>a value read from the graph (a property, {@code keys()}, a procedure's column), at most
 * {@link #STORED_ITEMS} items or characters: the graph's lists are aliases and source ids;
 * <li>a number read from the graph has no bound: {@code range(1, n.count)} may be unwound, not looped over.
 * </ul>
 * A {@code reduce} is run twice on sizes to see how its accumulator grows: growing by a constant, it is
 * extrapolated to its last step; growing faster (doubling), it is refused once it would pass
 * {@link #MAX_STEPS} items or characters, the bound of a grown value.
 *
 * <p>Comparing, sorting or de-duplicating lists walks every item at every level: {@code =}, {@code <>},
 * {@code <}, {@code IN}, {@code ORDER BY}, {@code DISTINCT} and grouping keys are charged for the nested size of
 * the lists the query built. A regular expression ({@code =~}) is charged as {@link RegexBound} reads it, on the
 * length of the string it runs on, and that length is never an assumption: a literal's, a parameter's, or that of
 * a property Tracegraph's writes bound ({@link TextLimits}); any other string may be as long as the store holds.
 *
 * <p>Failure mode: the check runs after Neo4j's EXPLAIN accepted the query, with the grammar of the Neo4j this
 * app embeds, so a query Neo4j accepts parses here; one that does not (a newer server's syntax, behind
 * {@code NEO4J_URI}) is refused too, because letting a query through unread would let its loops through.
 */
final class LoopBound {
    /** The work one row may do inside its expressions; also the most items or characters a grown value may hold. */
    static final long MAX_STEPS = 10_000_000;
    static final long ROW_ITEMS = 10_000_000;
    static final long PATH_ITEMS = 1_000;
    static final long STORED_ITEMS = 1_000;
    /** How deep a grown value's items are weighed. */
    private static final int DEPTH = 6;
    /**
     * Steps of Java's matcher to one step of the row's work: a backtracking step is a comparison of two
     * characters, a row's step an expression Neo4j evaluates.
     */
    private static final long REGEX_STEPS_PER_STEP = 10;
    /** The comparisons each row takes part in when rows are sorted: about log2 of the rows Neo4j may sort. */
    private static final long SORT_COMPARISONS = 24;
    private static final String RETURNED = "\u0000returned";
    /** Functions that cost one step whatever their arguments: they look at a value's size or first item. */
    private static final List<String> CONSTANT = List.of("size", "length", "head", "isempty", "coalesce",
            "char_length", "character_length", "id", "elementid", "type", "startnode", "endnode", "exists");
    private static final List<String> AGGREGATES = List.of("count", "sum", "avg", "min", "max", "stdev", "stdevp",
            "percentilecont", "percentiledisc");

    /** The most expressions the analysis itself evaluates: each reduce evaluates its body twice, so nesting doubles. */
    private static final int MAX_EVALUATIONS = 100_000;

    private final String query;
    private final Map<String, Object> params;
    /** The work of one row through every expression of the query: Neo4j checks for termination nowhere between. */
    private long total;
    private int evaluations;

    private LoopBound(String query, Map<String, Object> params) {
        this.query = query;
        this.params = params;
    }

    /**
     * Throws a 422 problem naming the loop when one row of the query could do more than {@link #MAX_STEPS}; reads
     * the text itself (a saved query, or an analyst's that passed before and runs with new parameters).
     */
    static void check(String query, Map<String, Object> params) {
        CypherText text;
        try {
            text = CypherText.read(query, CypherText.OWN_TOKENS, CypherText.OWN_NESTING);
        } catch (CypherText.Unreadable e) {
            throw refused("Tracegraph cannot read this query with the Cypher 5 grammar of Neo4j 5.26 (" + e.getMessage()
                    + "), so it cannot bound the loops in it before it runs; write it in Cypher 5");
        }
        check(text, params);
    }

    /** As {@link #check(String, Map)}, on the tree the guard has already read: the query is parsed once. */
    static void check(CypherText text, Map<String, Object> params) {
        try {
            new LoopBound(text.text(), params).walk(text.tree(), new HashMap<>());
        } catch (StackOverflowError e) {
            throw refused("the query is nested too deeply for Tracegraph to bound the work within its rows");
        }
    }

    /** A single mutable count of steps: the work of one row, or of one loop's body. */
    private static final class Work {
        long steps;

        void add(long n) {
            steps = Shape.plus(steps, n);
        }
    }

    // ---- clauses: bind what each introduces, evaluate each expression as the work of one row

    private void walk(ParseTree node, Map<String, Shape> scope) {
        if (node instanceof ExpressionContext e) {
            row(e, scope);
        } else if (node instanceof ReturnBodyContext body) {
            // DISTINCT compares whole rows, and an aggregation groups rows by the other items: each walks them
            boolean compared = body.DISTINCT() != null || aggregates(body.returnItems());
            for (int i = 0; i < body.getChildCount(); i++) {
                var child = body.getChild(i);
                if (child instanceof ReturnItemsContext items) {
                    for (var item : items.returnItem()) returnItem(item, scope, compared && !aggregates(item) ? 1 : 0);
                } else if (child instanceof OrderByContext order) {
                    for (var item : order.orderItem()) row(item.expression(), scope, SORT_COMPARISONS);
                } else {
                    walk(child, scope);
                }
            }
        } else if (node instanceof ReturnItemContext item) {
            returnItem(item, scope, 0);
        } else if (node instanceof UnwindClauseContext unwind) {
            scope.put(name(unwind.variable()), row(unwind.expression(), scope).each());
        } else if (node instanceof PatternContext pattern && pattern.variable() != null) {
            scope.put(name(pattern.variable()), Shape.PATH);
            walkChildren(node, scope);
        } else if (node instanceof NodePatternContext || node instanceof RelationshipPatternContext) {
            var variable = ((ParserRuleContext) node).getRuleContext(VariableContext.class, 0);
            // one entity, or a list of them in a quantified or variable-length pattern: at most a path's length
            if (variable != null) scope.put(name(variable), new Shape(Shape.Kind.ANY, PATH_ITEMS, Shape.MANY, null, Shape.ENTITY));
            walkChildren(node, scope);
        } else {
            walkChildren(node, scope);
        }
    }

    private void returnItem(ReturnItemContext item, Map<String, Shape> scope, long comparisons) {
        var shape = row(item.expression(), scope, comparisons);
        if (item.variable() != null) scope.put(name(item.variable()), shape);
        scope.merge(RETURNED, shape, Shape::join);
    }

    /** Whether an aggregating function is among these items (outside subqueries, whose rows are their own). */
    private static boolean aggregates(ParseTree t) {
        if (t == null || t instanceof CollectExpressionContext || t instanceof CountExpressionContext
                || t instanceof ExistsExpressionContext || t instanceof PatternComprehensionContext) return false;
        if (t instanceof CountStarContext) return true;
        if (t instanceof FunctionInvocationContext f) {
            var name = f.functionName().getText().toLowerCase(Locale.ROOT).replace("`", "");
            if (name.equals("collect") || AGGREGATES.contains(name)) return true;
        }
        for (int i = 0; i < t.getChildCount(); i++) if (aggregates(t.getChild(i))) return true;
        return false;
    }

    private void walkChildren(ParseTree node, Map<String, Shape> scope) {
        for (int i = 0; i < node.getChildCount(); i++) walk(node.getChild(i), scope);
    }

    private Shape row(ExpressionContext e, Map<String, Shape> scope) {
        return row(e, scope, 0);
    }

    /** The work of one expression of a row, and {@code comparisons} times the nested size of its value. */
    private Shape row(ExpressionContext e, Map<String, Shape> scope, long comparisons) {
        var work = new Work();
        var shape = eval(e, scope, work);
        work.add(Shape.times(comparisons, shape.nested(DEPTH)));
        if (work.steps > MAX_STEPS) {
            throw refused(text(e) + ": about " + count(work.steps) + " steps within one row, more than the "
                    + count(MAX_STEPS) + " Tracegraph allows; Neo4j cannot stop such work at the query's timeout"
                    + position(e));
        }
        total = Shape.plus(total, work.steps);
        if (total > MAX_STEPS) {
            throw refused(text(e) + ": about " + count(total) + " steps within one row with the query's other"
                    + " expressions, more than the " + count(MAX_STEPS) + " Tracegraph allows; Neo4j cannot stop such"
                    + " work at the query's timeout" + position(e));
        }
        return shape;
    }

    /** A subquery within an expression: its rows are Neo4j's to stop; what it returns, joined. */
    private Shape subquery(ParserRuleContext query, Map<String, Shape> scope) {
        var inner = new HashMap<>(scope);
        inner.remove(RETURNED);
        walk(query, inner);
        return inner.getOrDefault(RETURNED, Shape.STORED);
    }

    // ---- expressions: their shape, their work added to the row's

    private Shape eval(ParseTree t, Map<String, Shape> scope, Work work) {
        if (++evaluations > MAX_EVALUATIONS) {
            throw refused("the query nests its expressions too deeply for Tracegraph to bound the work within its rows");
        }
        if (t instanceof ExpressionContext || t instanceof Expression11Context || t instanceof Expression10Context) {
            var operands = ((ParserRuleContext) t).getRuleContexts(ParserRuleContext.class);
            if (operands.size() == 1) return eval(operands.get(0), scope, work);
            operands.forEach(o -> eval(o, scope, work));
            return Shape.OTHER;
        }
        if (t instanceof Expression9Context e) {
            var shape = eval(e.expression8(), scope, work);
            return e.NOT().isEmpty() ? shape : Shape.OTHER;
        }
        if (t instanceof Expression8Context e) {
            if (e.expression7().size() == 1) return eval(e.expression7(0), scope, work);
            long largest = 0;
            for (var operand : e.expression7()) largest = Math.max(largest, eval(operand, scope, work).nested(DEPTH));
            work.add(largest); // lists are compared item by item, at every level
            return Shape.OTHER;
        }
        if (t instanceof Expression7Context e) return comparison(e, scope, work);
        if (t instanceof Expression6Context e) return additive(e, scope, work);
        if (t instanceof Expression5Context || t instanceof Expression4Context) return arithmetic((ParserRuleContext) t, scope, work);
        if (t instanceof Expression3Context e) {
            var shape = eval(e.expression2(), scope, work);
            return e.MINUS() != null && shape.exact() != null ? Shape.exactly(-shape.exact()) : shape;
        }
        if (t instanceof Expression2Context e) return postfix(e, scope, work);
        if (t instanceof NumberLiteralContext n) return number(n);
        if (t instanceof StringLiteralContext s) return Shape.string(Math.max(0, s.getText().length() - 2));
        if (t instanceof KeywordLiteralContext k) return k.NULL() != null ? Shape.OTHER : Shape.number(Shape.MANY);
        if (t instanceof MapContext map) {
            Shape item = null;
            for (var value : map.expression()) item = Shape.join(item, eval(value, scope, work));
            return new Shape(Shape.Kind.MAP, map.expression().size(), Shape.MANY, null, item);
        }
        if (t instanceof ParameterContext p) {
            var name = unquote(p.parameterName().getText());
            return params.containsKey(name) ? Shape.of(params.get(name)) : Shape.STORED;
        }
        if (t instanceof VariableContext v) return scope.getOrDefault(name(v), Shape.STORED);
        if (t instanceof ListLiteralContext list) {
            Shape item = null;
            for (var value : list.expression()) item = Shape.join(item, eval(value, scope, work));
            return Shape.list(list.expression().size(), item);
        }
        if (t instanceof ListComprehensionContext c) return comprehension(c, scope, work);
        if (t instanceof ListItemsPredicateContext p) {
            var list = eval(p.inExp, scope, work);
            var inner = bind(scope, p.variable(), list.each());
            var body = new Work();
            if (p.whereExp != null) eval(p.whereExp, inner, body);
            loop(p, p.inExp, list, body, work);
            return Shape.OTHER;
        }
        if (t instanceof ReduceExpressionContext r) return reduce(r, scope, work);
        if (t instanceof PatternComprehensionContext c) {
            var inner = new HashMap<>(scope);
            if (c.variable() != null) inner.put(name(c.variable()), Shape.PATH);
            walk(c.pathPatternNonEmpty(), inner);
            if (c.whereExp != null) row(c.whereExp, inner);
            return Shape.list(ROW_ITEMS, row(c.barExp, inner));
        }
        if (t instanceof CollectExpressionContext c) {
            return Shape.list(ROW_ITEMS, subquery(c, scope));
        }
        if (t instanceof CountExpressionContext || t instanceof ExistsExpressionContext) {
            subquery((ParserRuleContext) t, scope);
            return t instanceof CountExpressionContext ? Shape.number(ROW_ITEMS) : Shape.OTHER;
        }
        if (t instanceof PatternExpressionContext || t instanceof ShortestPathExpressionContext) {
            walk(t, new HashMap<>(scope));
            return t instanceof PatternExpressionContext ? Shape.list(ROW_ITEMS, Shape.PATH) : Shape.PATH;
        }
        if (t instanceof CountStarContext) return Shape.number(ROW_ITEMS);
        if (t instanceof MapProjectionContext m) return projection(m, scope, work);
        if (t instanceof NormalizeFunctionContext || t instanceof TrimFunctionContext) {
            long characters = 0;
            long chars = 0;
            for (var argument : ((ParserRuleContext) t).getRuleContexts(ExpressionContext.class)) {
                var shape = eval(argument, scope, work);
                characters = Shape.plus(characters, size(shape));
                chars = Shape.plus(chars, shape.text());
            }
            work.add(characters);
            return Shape.string(characters, chars);
        }
        if (t instanceof FunctionInvocationContext f) return function(f, scope, work);
        if (t instanceof ParserRuleContext rule) {
            // parentheses, CASE, other literals: what any of their parts could be
            Shape shape = null;
            for (var child : rule.getRuleContexts(ParserRuleContext.class)) shape = Shape.join(shape, eval(child, scope, work));
            return shape == null ? Shape.OTHER : shape;
        }
        return Shape.OTHER;
    }

    private Shape comparison(Expression7Context e, Map<String, Shape> scope, Work work) {
        var left = eval(e.expression6(), scope, work);
        var comparison = e.comparisonExpression6();
        if (comparison == null) return left;
        if (comparison instanceof StringAndListComparisonContext c) {
            var right = eval(c.expression6(), scope, work);
            // IN walks the list on its right; a string predicate is part of its step (stored strings are bounded
            // by what was written, grown ones by the bound on grown values)
            if (c.IN() != null) work.add(Math.max(size(right), right.nested(DEPTH)));
            if (c.REGEQ() != null) regex(e, left, c.expression6(), work);
        } else {
            work.add(listSize(left)); // a type test names the type of every item of a list
        }
        return Shape.OTHER;
    }

    /**
     * A regular expression is matched by backtracking, within the row: {@code .*.*.*.*x} against 700 characters
     * takes 85 s, whatever the timeout. The pattern must be known before the query runs (a literal or a
     * parameter), and its {@link RegexBound#read degree} with the length of the string it runs on must stay within
     * {@link RegexBound#MAX_STEPS}; a pattern of one open-ended repeat or none takes a step a character and is
     * fine on any string.
     */
    private void regex(Expression7Context comparison, Shape left, Expression6Context pattern, Work work) {
        var text = pattern.getText();
        String value = null;
        if (pattern.getRuleContexts(ParserRuleContext.class).size() == 1 && text.startsWith("$")) {
            var given = params.get(unquote(text.substring(1)));
            if (given instanceof String string) value = string;
        } else if (text.length() >= 2 && (text.startsWith("'") || text.startsWith("\"")) && text.endsWith(text.substring(0, 1))) {
            value = unescape(text.substring(1, text.length() - 1));
        }
        if (value == null) {
            throw refused("the pattern of " + text(comparison) + " is computed while the query runs,"
                    + " so Tracegraph cannot tell how long matching it takes; give it as a literal or a parameter"
                    + position(pattern));
        }
        var reading = RegexBound.read(value);
        if (reading.unbounded() != null) {
            throw refused("the pattern " + text(pattern) + " " + reading.unbounded() + ": matching it can take longer"
                    + " than any timeout, and Neo4j cannot stop it within the row" + position(pattern));
        }
        long degree = reading.degree();
        if (degree <= 1) {
            work.add(1);
            return;
        }
        long length = left.is(Shape.Kind.STRING) || left.is(Shape.Kind.ANY) ? left.text() : 0;
        var operand = text(comparison.expression6());
        if (length == Shape.MANY) {
            throw refused("the pattern " + text(pattern) + " has " + degree + " open-ended repeats (*, +, {n,}) that"
                    + " backtrack against each other, and the length of " + operand + " is not known before the query"
                    + " runs: Tracegraph bounds only the properties its writes bound (" + boundedProperties() + "),"
                    + " and literals and parameters; give the pattern one open-ended repeat at most (a leading .* is"
                    + " implied by none: use (?s).*word instead of .*word.*), or match one of those properties"
                    + position(pattern));
        }
        long steps = RegexBound.steps(degree, length);
        if (steps > RegexBound.MAX_STEPS) {
            throw refused("the pattern " + text(pattern) + " has " + degree + " open-ended repeats (*, +, {n,}) that"
                    + " backtrack against each other: on " + operand + ", of up to " + count(length) + " characters,"
                    + " that is about " + count(steps) + " steps (" + count(length) + "^" + degree + "), more than the "
                    + count(RegexBound.MAX_STEPS) + " Tracegraph allows for one match; Neo4j cannot stop it within the"
                    + " row. Use fewer repeats (.*word.* needs two), or a character class ([^,]*) where a repeat"
                    + " should not run past a delimiter" + position(pattern));
        }
        work.add(steps / REGEX_STEPS_PER_STEP);
    }

    /**
     * A Cypher string literal's text as Neo4j reads it: a doubled backslash, the quotes, tab, newline, return,
     * backspace, form feed and unicode escapes undone; any other backslash kept (backslash-d is two characters).
     */
    static String unescape(String quoted) {
        var out = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                out.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case '\\', '\'', '"' -> out.append(next);
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u', 'U' -> {
                    int digits = next == 'u' ? 4 : 8;
                    try {
                        out.appendCodePoint(Integer.parseInt(quoted.substring(i + 1, i + 1 + digits), 16));
                        i += digits;
                    } catch (RuntimeException e) {
                        out.append('\\').append(next); // Neo4j refuses the query: nothing runs
                    }
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    private static String boundedProperties() {
        var limits = new java.util.TreeMap<>(TextLimits.all());
        var named = new StringBuilder();
        limits.forEach((key, limit) -> named.append(named.length() == 0 ? "" : ", ").append(key).append(' ').append(limit));
        return named.toString();
    }

    /** {@code +}, {@code -} and {@code ||}: numbers, or strings and lists put end to end. */
    private Shape additive(Expression6Context e, Map<String, Shape> scope, Work work) {
        var shape = eval(e.expression5(0), scope, work);
        for (int i = 1; i < e.expression5().size(); i++) {
            var operator = ((TerminalNode) e.getChild(2 * i - 1)).getSymbol().getType();
            var right = eval(e.expression5(i), scope, work);
            shape = operator == Cypher5Parser.MINUS ? numeric(shape, right, '-') : concatenation(shape, right, work);
        }
        return shape;
    }

    private static Shape concatenation(Shape left, Shape right, Work work) {
        if (left.is(Shape.Kind.NUMBER) && right.is(Shape.Kind.NUMBER)) return numeric(left, right, '+');
        if (left.is(Shape.Kind.LIST) || right.is(Shape.Kind.LIST)) {
            // Neo4j joins lists lazily: no copy, but the items of both
            long items = Shape.plus(left.is(Shape.Kind.LIST) ? left.size() : 1, right.is(Shape.Kind.LIST) ? right.size() : 1);
            var item = Shape.join(left.is(Shape.Kind.LIST) ? left.item() : left, right.is(Shape.Kind.LIST) ? right.item() : right);
            return Shape.list(items, item);
        }
        // strings are copied: a short one (a name, a stored value) within its step, a long one the query built
        // a step a character
        long items = Shape.plus(Math.max(size(left), 1), Math.max(size(right), 1));
        if (Shape.plus(stringSize(left), stringSize(right)) > STORED_ITEMS) work.add(items);
        // a stored value joined to a string could still be a list: its kind stays unknown, and so uncounted
        var kind = left.is(Shape.Kind.ANY) || right.is(Shape.Kind.ANY) ? Shape.Kind.ANY : Shape.Kind.STRING;
        return new Shape(kind, items, Shape.plus(left.magnitude(), right.magnitude()), null,
                kind == Shape.Kind.STRING ? null : Shape.join(left.item(), right.item()),
                Shape.plus(left.text(), right.text()));
    }

    private Shape arithmetic(ParserRuleContext e, Map<String, Shape> scope, Work work) {
        var operands = e.getRuleContexts(ParserRuleContext.class);
        var shape = eval(operands.get(0), scope, work);
        for (int i = 1; i < operands.size(); i++) {
            var operator = ((TerminalNode) e.getChild(2 * i - 1)).getText().charAt(0);
            shape = numeric(shape, eval(operands.get(i), scope, work), operator);
        }
        return shape;
    }

    /** Numbers: exact where both are, else an upper bound of their size. */
    private static Shape numeric(Shape a, Shape b, char operator) {
        if (a.exact() != null && b.exact() != null) {
            long x = a.exact(), y = b.exact();
            try {
                switch (operator) {
                    case '+': return Shape.exactly(Math.addExact(x, y));
                    case '-': return Shape.exactly(Math.subtractExact(x, y));
                    case '*': return Shape.exactly(Math.multiplyExact(x, y));
                    case '/': if (y != 0) return Shape.exactly(x / y); break;
                    case '%': if (y != 0) return Shape.exactly(x % y); break;
                    default: break;
                }
            } catch (ArithmeticException overflow) {
                return Shape.number(Shape.MANY);
            }
        }
        long m = a.magnitude(), n = b.magnitude();
        return Shape.number(switch (operator) {
            case '+', '-' -> Shape.plus(m, n);
            case '*' -> Shape.times(m, n);
            case '/' -> m;
            case '%' -> Math.min(m, n);
            default -> Shape.MANY;
        });
    }

    private Shape postfix(Expression2Context e, Map<String, Shape> scope, Work work) {
        var shape = eval(e.expression1(), scope, work);
        for (var post : e.postFix()) {
            if (post instanceof PropertyPostfixContext property) {
                shape = shape.is(Shape.Kind.MAP) ? shape.each() : stored(unquote(property.property().propertyKeyName().getText()));
            } else if (post instanceof IndexPostfixContext index) {
                eval(index.expression(), scope, work);
                // an item, or a node's or relationship's property by a computed key: a stored value of unknown length
                var item = shape.is(Shape.Kind.LIST) || shape.is(Shape.Kind.MAP) || shape.is(Shape.Kind.ANY) ? shape.each() : Shape.STORED;
                shape = item.is(Shape.Kind.ENTITY) || item.is(Shape.Kind.PATH) ? Shape.join(item, Shape.STORED) : item;
            } else if (post instanceof RangePostfixContext range) {
                if (range.fromExp != null) eval(range.fromExp, scope, work);
                if (range.toExp != null) eval(range.toExp, scope, work);
            } else {
                shape = Shape.OTHER; // a label test
            }
        }
        return shape;
    }

    /** A property read from the graph: as long as Tracegraph's writes let it be, when they bound it. */
    private static Shape stored(String key) {
        var limit = TextLimits.longest(key);
        return limit.isPresent() ? Shape.storedText(limit.getAsInt()) : Shape.STORED;
    }

    private static Shape number(NumberLiteralContext n) {
        var text = n.getText().toLowerCase(Locale.ROOT).replace("_", "");
        try {
            if (n.DECIMAL_DOUBLE() != null) {
                double d = Math.abs(Double.parseDouble(text));
                return Shape.number(d < Shape.MANY ? (long) Math.ceil(d) : Shape.MANY);
            }
            boolean negative = text.startsWith("-");
            var digits = negative ? text.substring(1) : text;
            long value = digits.startsWith("0x") ? Long.parseLong(digits.substring(2), 16)
                    : digits.startsWith("0o") ? Long.parseLong(digits.substring(2), 8)
                    : digits.length() > 1 && digits.startsWith("0") ? Long.parseLong(digits.substring(1), 8)
                    : Long.parseLong(digits);
            return Shape.exactly(negative ? -value : value);
        } catch (NumberFormatException e) {
            return Shape.number(Shape.MANY);
        }
    }

    private Shape comprehension(ListComprehensionContext c, Map<String, Shape> scope, Work work) {
        var list = eval(c.expression(0), scope, work);
        var inner = bind(scope, c.variable(), list.each());
        var body = new Work();
        if (c.whereExp != null) eval(c.whereExp, inner, body);
        var item = c.barExp != null ? eval(c.barExp, inner, body) : list.each();
        loop(c, c.expression(0), list, body, work);
        return Shape.list(size(list), item);
    }

    /**
     * The accumulator's growth, seen over two steps: none, a constant amount a step (extrapolated to the last
     * step), or more each step than the last (a doubling, followed step by step until it passes the bound).
     */
    private Shape reduce(ReduceExpressionContext r, Map<String, Shape> scope, Work work) {
        var first = eval(r.expression(0), scope, work);
        var list = eval(r.expression(1), scope, work);
        long n = size(list);
        var shapes = new Shape[] {first, null, null};
        var steps = new long[3];
        for (int i = 1; i <= 2; i++) {
            var inner = bind(bind(scope, r.variable(0), shapes[i - 1]), r.variable(1), list.each());
            var body = new Work();
            shapes[i] = eval(r.expression(2), inner, body);
            steps[i] = body.steps;
        }
        long a = shapes[0].weight(DEPTH), b = shapes[1].weight(DEPTH), c = shapes[2].weight(DEPTH);
        var last = Shape.join(shapes[1], shapes[2]);
        boolean numberGrows = shapes[2].magnitude() > shapes[1].magnitude() || shapes[1].magnitude() > shapes[0].magnitude();
        long magnitude = numberGrows && n > 2 ? Shape.MANY : Shape.join(shapes[0], last).magnitude();
        Long exact = n == 0 ? first.exact() : null;
        if (b <= a && c <= b) {
            var body = new Work();
            body.add(Math.max(steps[1], steps[2]));
            loop(r, r.expression(1), list, body, work);
            var shape = Shape.join(first, last);
            return new Shape(shape.kind(), shape.size(), magnitude, exact, shape.item());
        }
        long grown;
        long total;
        if (c - b <= b - a) {
            // by a constant amount: the value and the work of its steps grow linearly
            long d = Math.max(b - a, c - b);
            grown = Shape.plus(a, Shape.times(n, d));
            long more = Math.max(0, steps[2] - steps[1]);
            // step i does the first step's work and (i - 1) times the growth of it: n²/2 times that growth in all
            total = Shape.plus(Shape.times(n, Shape.plus(1, steps[1])), Shape.times(more, Shape.times(n, Math.max(0, n - 1)) / 2));
            // a string is copied whole at each step: half its final size a step, on average
            if (last.is(Shape.Kind.STRING)) total = Shape.plus(total, Shape.times(n, grown) / 2);
        } else {
            double factor = (double) (c - b) / Math.max(1, b - a);
            grown = c;
            double increment = c - b;
            for (long i = 3; i <= n && grown <= MAX_STEPS; i++) {
                increment *= factor;
                grown = increment >= Shape.MANY ? Shape.MANY : Shape.plus(grown, (long) increment);
            }
            total = Shape.plus(Shape.times(n, Shape.plus(1, steps[2])), grown);
        }
        if (grown > MAX_STEPS) {
            throw refused(text(r) + ": its accumulator " + name(r.variable(0)) + " grows with every step, to about "
                    + count(grown) + " items or characters, more than the " + count(MAX_STEPS) + " Tracegraph allows;"
                    + " Neo4j would build it in memory, where no timeout stops it" + position(r));
        }
        if (total > MAX_STEPS) throw tooMuch(r, r.expression(1), list, total);
        work.add(total);
        return new Shape(last.kind(), Math.max(last.size(), grown), magnitude, null, last.item());
    }

    private Shape projection(MapProjectionContext m, Map<String, Shape> scope, Work work) {
        var base = scope.getOrDefault(name(m.variable()), Shape.STORED);
        Shape item = null;
        long entries = 0;
        for (var element : m.mapProjectionElement()) {
            if (element.expression() != null) item = Shape.join(item, eval(element.expression(), scope, work));
            else if (element.variable() != null) item = Shape.join(item, scope.getOrDefault(name(element.variable()), Shape.STORED));
            else item = Shape.join(item, base.is(Shape.Kind.MAP) ? base.each() : Shape.STORED);
            entries = Shape.plus(entries, element.TIMES() != null ? Math.max(size(base), STORED_ITEMS) : 1);
        }
        return new Shape(Shape.Kind.MAP, entries, Shape.MANY, null, item);
    }

    private Shape function(FunctionInvocationContext f, Map<String, Shape> scope, Work work) {
        var name = f.functionName().getText().toLowerCase(Locale.ROOT).replace("`", "");
        var arguments = f.functionArgument().stream().map(a -> eval(a.expression(), scope, work)).toList();
        Shape first = arguments.isEmpty() ? Shape.OTHER : arguments.get(0);
        if (f.DISTINCT() != null) work.add(first.nested(DEPTH)); // each value compared with those kept
        if (name.equals("range")) return range(arguments); // lazy: its items are made as they are walked
        if (name.equals("collect")) return Shape.list(ROW_ITEMS, first);
        if (AGGREGATES.contains(name)) return name.equals("count") ? Shape.number(ROW_ITEMS) : name.equals("min") || name.equals("max") ? first : Shape.number(Shape.MANY);
        switch (name) {
            case "size", "length", "char_length", "character_length" -> {
                return Shape.number(first.is(Shape.Kind.PATH) ? PATH_ITEMS : size(first));
            }
            case "head", "last" -> {
                if (name.equals("last")) work.add(size(first));
                return first.each();
            }
            case "nodes", "relationships" -> {
                return Shape.list(PATH_ITEMS, Shape.ENTITY);
            }
            case "keys", "labels" -> {
                return Shape.list(STORED_ITEMS, Shape.string(STORED_ITEMS));
            }
            case "split" -> {
                work.add(size(first));
                return Shape.list(Math.max(size(first), 1), Shape.string(size(first), first.text()));
            }
            case "tolower", "toupper", "lower", "upper", "trim", "ltrim", "rtrim", "btrim", "substring", "left",
                    "right", "tostring", "tostringornull" -> {
                // a string as long as the one given at most (a number's or a boolean's text is short)
                work.add(size(first));
                return Shape.string(Math.max(size(first), 1), first.text());
            }
            case "tointeger", "tofloat", "abs", "round", "ceil", "floor", "sign" -> {
                return first.is(Shape.Kind.NUMBER) ? new Shape(Shape.Kind.NUMBER, 0, first.magnitude(), name.equals("abs") || name.equals("tointeger") ? first.exact() : null, null)
                        : Shape.number(Shape.MANY);
            }
            default -> {
                if (CONSTANT.contains(name)) return name.equals("coalesce") ? join(arguments) : Shape.STORED;
                // anything else may walk every list and string it is given, and return as much
                long walked = 0;
                for (var argument : arguments) walked = Shape.plus(walked, size(argument));
                work.add(walked);
                if (name.equals("replace")) {
                    long grown = Shape.times(size(first), Math.max(1, arguments.size() > 2 ? size(arguments.get(2)) : 1));
                    work.add(grown);
                    long chars = Shape.times(first.text(), Math.max(1, arguments.size() > 2 ? arguments.get(2).text() : 1));
                    return Shape.string(grown, chars);
                }
                var joined = join(arguments);
                return joined == null || !joined.sized() ? Shape.STORED : Shape.join(joined, Shape.STORED);
            }
        }
    }

    private static Shape range(List<Shape> arguments) {
        if (arguments.size() < 2) return Shape.list(Shape.MANY, Shape.number(Shape.MANY));
        var from = arguments.get(0);
        var to = arguments.get(1);
        var step = arguments.size() > 2 ? arguments.get(2) : Shape.exactly(1);
        long largest = Math.max(from.magnitude(), to.magnitude());
        long items;
        if (from.exact() != null && to.exact() != null && step.exact() != null && step.exact() != 0) {
            double span = ((double) to.exact() - from.exact()) / step.exact();
            items = span < 0 ? 0 : span + 1 >= Shape.MANY ? Shape.MANY : (long) span + 1;
        } else {
            long stride = step.exact() != null && step.exact() != 0 ? Math.abs(step.exact()) : 1;
            items = Shape.plus(Shape.plus(from.magnitude(), to.magnitude()) / stride, 1);
        }
        return Shape.list(items, Shape.number(largest));
    }

    private void loop(ParserRuleContext construct, ParserRuleContext walked, Shape list, Work body, Work work) {
        long total = Shape.times(size(list), Shape.plus(1, body.steps));
        if (total > MAX_STEPS) throw tooMuch(construct, walked, list, total);
        work.add(total);
    }

    private ProblemException tooMuch(ParserRuleContext construct, ParserRuleContext walked, Shape list, long total) {
        var why = size(list) == Shape.MANY
                ? text(walked) + " inside " + text(construct) + ": the size of " + text(walked) + " depends on a value"
                        + " Tracegraph cannot know before the query runs, so the loop has no bound"
                : text(walked) + " inside " + text(construct) + ": about " + count(total) + " steps within one row,"
                        + " more than the " + count(MAX_STEPS) + " Tracegraph allows";
        return refused(why + "; Neo4j cannot stop such a loop at the query's timeout" + position(construct));
    }

    // ---- helpers

    private static long size(Shape shape) {
        return shape.sized() ? shape.size() : 0;
    }

    private static long listSize(Shape shape) {
        return shape.is(Shape.Kind.LIST) ? shape.size() : 0;
    }

    private static long stringSize(Shape shape) {
        return shape.is(Shape.Kind.STRING) ? shape.size() : 0;
    }

    private static Shape join(List<Shape> shapes) {
        Shape joined = null;
        for (var s : shapes) joined = Shape.join(joined, s);
        return joined;
    }

    private static Map<String, Shape> bind(Map<String, Shape> scope, VariableContext variable, Shape shape) {
        var inner = new HashMap<>(scope);
        inner.put(name(variable), shape);
        return inner;
    }

    private static String name(VariableContext variable) {
        return unquote(variable.getText());
    }

    private static String unquote(String name) {
        return name.length() > 1 && name.startsWith("`") && name.endsWith("`")
                ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }

    /** The expression as the analyst wrote it, shortened. */
    private String text(ParserRuleContext e) {
        var text = query.substring(e.getStart().getStartIndex(), e.getStop().getStopIndex() + 1).replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    private static String position(ParserRuleContext e) {
        return " (line " + e.getStart().getLine() + ", column " + (e.getStart().getCharPositionInLine() + 1)
                + " (offset: " + e.getStart().getStartIndex() + "))";
    }

    private static String count(long n) {
        return n == Shape.MANY ? "more than can be counted" : String.format(Locale.ROOT, "%,d", n);
    }

    private static ProblemException refused(String detail) {
        return ProblemType.QUERY_UNBOUNDED.exception(detail, "query");
    }
}
