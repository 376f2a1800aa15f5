package org.tracegraph.cypher;

import org.tracegraph.core.ProblemType;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;
import org.tracegraph.core.ProblemException;

/**
 * An analyst's query as Neo4j reads it: the tokens of Neo4j's own Cypher 5 lexer (comments and white space
 * included, on their hidden channel) and the tree of its own parser. Everything Tracegraph decides about a
 * query, and every text it builds from one, comes from here, never from a second reading of the text: a
 * comment Neo4j ends at a carriage return is ended there, a backticked or escaped name is one name.
 *
 * <p>Before the parser runs, one pass over the tokens refuses a query too deep or too long to read and plan in
 * bounded time: the parser recurses once per bracket (thousands of them overflow its stack), and Neo4j's
 * planner takes time growing faster than the number of terms ({@code RETURN 1+1+…} of 9,000 terms took 32
 * CPU-seconds to plan).
 */
record CypherText(String options, String text, List<Token> tokens, Cypher5Parser.StatementsContext tree) {
    /** Brackets ( [ { open at once. Saved and hand-written queries stay under 15. */
    static final int MAX_NESTING = 100;
    /**
     * Tokens other than white space and comments. The longest saved query has about 150. Neo4j's planning time
     * grows faster than the number of terms, and a new text is planned twice (its EXPLAIN's plan is not reused by
     * the run): see docs/cypher-security.md for the measurements behind this number.
     */
    static final int MAX_TOKENS = 400;
    /** The bounds for texts Tracegraph wrote or owns (wrapped analyst queries, saved queries). */
    static final int OWN_TOKENS = 40 * MAX_TOKENS;
    static final int OWN_NESTING = MAX_NESTING + 10;

    /** A query Tracegraph's copy of the grammar cannot read: Neo4j may have its own words for why. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a query. Throws a 400 problem when it is too deep or too long, and {@link Unreadable} when the
     * grammar does not accept it.
     */
    static CypherText read(String query) {
        return read(query, MAX_TOKENS, MAX_NESTING);
    }

    /**
     * A text Tracegraph built around an analyst's query that passed {@link #read(String)}: the wrapper adds a few
     * levels of brackets, and tokens in proportion to the query's columns (about 30 a column).
     */
    static CypherText readOwn(String text) {
        try {
            return read(text, OWN_TOKENS, OWN_NESTING);
        } catch (Unreadable e) {
            throw QueryGuard.refused("Tracegraph cannot read the text it would run (" + e.getMessage() + ")");
        }
    }

    static CypherText read(String query, int maxTokens, int maxNesting) {
        // CYPHER options are the preparser's, not the grammar's: blanked out, so positions stay as written
        var options = ValueBound.QUERY_OPTIONS.matcher(query);
        String prefix = "";
        String text = query;
        if (options.lookingAt()) {
            prefix = options.group(1);
            text = " ".repeat(options.end()) + query.substring(options.end());
        }
        var errors = new BaseErrorListener() {
            String first;

            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int column, String message,
                    RecognitionException e) {
                if (first == null) first = message + " (line " + line + ", column " + (column + 1) + ")";
            }
        };
        var lexer = new Cypher5Lexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        var stream = new CommonTokenStream(lexer);
        stream.fill();
        var tokens = stream.getTokens();
        bound(tokens, maxTokens, maxNesting);
        if (errors.first != null) throw new Unreadable(errors.first);
        var parser = new Cypher5Parser(stream);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        Cypher5Parser.StatementsContext tree;
        try {
            try {
                tree = parser.statements();
            } catch (ParseCancellationException e) {
                // SLL is fast and right for nearly every query; full LL where it is not
                stream.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                tree = parser.statements();
            }
        } catch (ParseCancellationException e) {
            throw new Unreadable(errors.first != null ? errors.first : String.valueOf(e.getCause()));
        } catch (StackOverflowError e) {
            // the bounds above keep this from happening; should it all the same, it is this query's problem alone
            throw tooDeep();
        }
        if (errors.first != null) throw new Unreadable(errors.first);
        return new CypherText(prefix, text, tokens, tree);
    }

    /** The query's text from one character to another, as written (options blanked). */
    String source(int from, int to) {
        return text.substring(from, to + 1);
    }

    private static void bound(List<Token> tokens, int maxTokens, int maxNesting) {
        int depth = 0;
        int count = 0;
        for (var t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) continue;
            if (++count > maxTokens) {
                throw bad(String.format("The query has more than %,d words, names, numbers and symbols, the most"
                        + " Tracegraph lets Neo4j plan (planning time grows faster than a query's length); split it"
                        + " or pass long lists as parameters ($list)", maxTokens));
            }
            switch (t.getType()) {
                case Cypher5Lexer.LPAREN, Cypher5Lexer.LBRACKET, Cypher5Lexer.LCURLY -> {
                    if (++depth > maxNesting) throw tooDeep();
                }
                case Cypher5Lexer.RPAREN, Cypher5Lexer.RBRACKET, Cypher5Lexer.RCURLY -> depth--;
                default -> {
                }
            }
        }
    }

    private static ProblemException tooDeep() {
        return bad("The query nests brackets more than " + MAX_NESTING + " deep, more than Tracegraph reads;"
                + " write it flatter (WITH clauses, or a list passed as a parameter)");
    }

    static ProblemException bad(String detail) {
        return ProblemType.BAD_QUERY.exception(detail, "query");
    }
}
