package org.tracegraph.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import org.neo4j.driver.Value;
import org.tracegraph.core.Quotes;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Checks every relationship's evidence against the graph as it is now (the API's write rules keep it so, but a
 * graph written over Bolt, loaded offline or restored from elsewhere may not be): the quote against its sources'
 * held texts ({@link Quotes}), each source id against the Sources, the claimant against the entities.
 */
public final class IntegrityService {
    private final Database db;

    public IntegrityService(Database db) {
        this.db = db;
    }

    public IntegrityReport report(int limit) {
        return db.readTransaction(tx -> {
            // read first: a second query while the first streams would make the driver buffer all of the first
            var texts = new HashMap<String, String>();
            tx.run(CypherFile.query("app/evidence/held-texts-all.cypher"))
                    .forEachRemaining(row -> texts.put(row.get("id").asString(), row.get("text").asString()));
            var unverified = new ArrayList<IntegrityReport.UnverifiedQuote>();
            var missing = new ArrayList<IntegrityReport.MissingSource>();
            var unknown = new ArrayList<IntegrityReport.UnknownClaimant>();
            long[] counts = new long[4];
            var rows = tx.run(CypherFile.query("app/evidence/integrity.cypher"));
            while (rows.hasNext()) {
                var row = rows.next();
                counts[0]++;
                var id = row.get("id").asString(null);
                var type = row.get("type").asString();
                var from = row.get("from").asString(null);
                var to = row.get("to").asString(null);
                var sourceIds = row.get("sourceIds").asList(Value::asString);
                if (sourceIds.isEmpty()) {
                    if (counts[2]++ < limit) missing.add(new IntegrityReport.MissingSource(id, type, from, to, null));
                }
                for (var source : row.get("missingSources").asList(Value::asString)) {
                    if (counts[2]++ < limit) missing.add(new IntegrityReport.MissingSource(id, type, from, to, source));
                }
                if (row.get("claimantMissing").asBoolean()) {
                    if (counts[3]++ < limit) {
                        unknown.add(new IntegrityReport.UnknownClaimant(id, type, from, to, row.get("claimedBy").asString()));
                    }
                }
                var held = row.get("heldSourceIds").asList(Value::asString);
                if (held.isEmpty()) continue;
                var quote = row.get("quote").isNull() ? "" : row.get("quote").asString();
                var verification = Quotes.verify(quote, held, texts);
                if (verification.failed() && counts[1]++ < limit) {
                    unverified.add(new IntegrityReport.UnverifiedQuote(id, type, from, to, quote, held));
                }
            }
            var total = new IntegrityReport.Counts(counts[1], counts[2], counts[3]);
            return new IntegrityReport(counts[1] + counts[2] + counts[3] == 0, counts[0], total,
                    unverified, missing, unknown,
                    counts[1] > unverified.size() || counts[2] > missing.size() || counts[3] > unknown.size());
        });
    }
}
