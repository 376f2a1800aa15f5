package org.tracegraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracegraph.core.ProblemException;

/** The policy and the wrapper on Neo4j's own parse, without a server: what is refused, what passes, what runs. */
class QueryPolicyTest {
    private static void check(String query) {
        QueryPolicy.check(CypherText.read(query));
    }

    private static String refusal(String query) {
        var e = assertThrows(ProblemException.class, () -> check(query), query);
        assertEquals(403, e.problem().status(), query);
        return e.problem().detail();
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "RETURN 1 AS x //\rLOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l",
            "MATCH (n:Entity) RETURN n.name // x\r, 1 AS `y` LOAD CSV FROM 'http://127.0.0.1:9/' AS l RETURN l",
            "lOaD cSv FROM 'file:///etc/passwd' AS l RETURN l",
            "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
            "MATCH (n:Entity) WHERE EXISTS { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN n",
            "RETURN 1 AS l UNION LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "RETURN COLLECT { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } AS l",
            "USE system SHOW USERS",
            "USE neo4j MATCH (n:Entity) RETURN n",
            "CALL { USE neo4j MATCH (n:Entity) RETURN n } RETURN n",
            "UNWIND [1] AS x CALL (x) { MATCH (n:Entity) RETURN n } IN TRANSACTIONS RETURN n",
            "CREATE (:Entity {id: 'zz'})",
            "CALL { CREATE (n:Entity {id: 'zz'}) RETURN n } RETURN n",
            "RETURN 1 AS x UNION MERGE (n:Entity {id: 'zz'}) RETURN 1 AS x",
            "MATCH (n:Entity) CALL (n) { SET n.x = 1 } RETURN 1 AS x",
            "FOREACH (x IN [1] | CREATE (:Entity))",
            "MATCH (n:Entity) DETACH DELETE n",
            "MATCH (n:Entity) REMOVE n:Entity",
            "SHOW TRANSACTIONS",
            "SHOW PROCEDURES YIELD name RETURN name",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "CALL dbms.listConfig()",
            "CALL dbms.components()",
            "CALL db.schema.visualization()",
            "CALL DB.LABELS()",
            "CALL `db`.`index`.fulltext.queryNodes('change_text', 'x')",
            "CALL db.index.fulltext.queryNodes($index, 'x')",
            "CALL db.index.fulltext.queryNodes",
            "CALL db.index.fulltext.queryRelationships('entity_text', 'x')",
            "CALL apoc.load.csv('file:///etc/passwd')",
            "RETURN apoc.cypher.runFirstColumnSingle('LOAD CSV FROM \"file:///etc/passwd\" AS l RETURN l') AS x",
            "MATCH (c:Change) RETURN c",
            "MATCH (c:`Change`) RETURN c.text",
            "MATCH (c IS Change) RETURN c",
            "MATCH (c:Entity|Change) RETURN c",
            "MATCH (c:!Entity) RETURN c",
            "MATCH (c:Entity&!Person) RETURN c",
            "MATCH (c:%) RETURN c",
            "MATCH (c:$('Change')) RETURN c",
            "MATCH (n) RETURN n",
            "MATCH (n) WHERE n:Change RETURN n.text",
            "MATCH (c WHERE c:Change) RETURN c",
            "OPTIONAL MATCH (c) RETURN c",
            "MATCH ()-[r*1..3]-(x) RETURN x",
            "MATCH ()-[r:HAS_VERSION]->() RETURN r",
            "MATCH (n) WHERE elementId(n) = '4:x:1' RETURN n",
            "MATCH (v:View)-[:HAS_VERSION]->(s) RETURN s.savedBy",
            "MATCH (r:Redirect) RETURN r",
            "MATCH (:Entity)--(x:ViewVersion) RETURN x",
            "RETURN COUNT { MATCH (c:Change) } AS n",
            "RETURN COUNT { (c) } AS n",
            "RETURN [(c:Change)--() | c.text] AS t",
            "MATCH (n:Entity) RETURN [(n)--(c) | c] AS t",
            "MATCH (n:Entity) WHERE EXISTS { (n)--(:Change) } RETURN n",
            "MATCH (n:Entity) WHERE (n)--() RETURN n",
            "MATCH ((a)-->(b)){1,3} RETURN b",
            "MATCH ((a:Entity)-->(b)){1,3} RETURN b",
            "MATCH p = shortestPath((a)-[*]-(b)) RETURN p",
            "MATCH (a:Entity) RETURN shortestPath((a)-[*]-(b:Change)) AS p",
            "MATCH (n:Entity) WITH n MATCH (n)-[*]-(m) RETURN m",
            "RETURN 1 AS x; RETURN 2 AS y",
    })
    void is_refused_with_a_reason(String query) {
        var detail = refusal(query);
        assertTrue(detail.startsWith("Tracegraph does not run this query: "), detail);
    }

    @ParameterizedTest(name = "passes: {0}")
    @ValueSource(strings = {
            "MATCH (p:Person)-[r]-(o:Organisation) RETURN p, r, o LIMIT 25",
            "MATCH (n:Entity&Person) RETURN n",
            "MATCH (n:Person|Organisation) RETURN n",
            "MATCH (n IS Person) RETURN n",
            "MATCH (n:`Entity`) RETURN n",
            "MATCH p = (:Entity {id: 'ndi'})-[*1..3]-(x) RETURN x, p",
            "MATCH (a:Entity)((x)-->(y)){1,3}(b) RETURN b",
            "MATCH (a:Entity) WHERE EXISTS { (a:Entity)-->() } RETURN a",
            "MATCH (a:Entity {id: 'ndi'}) RETURN [(a:Entity)--(b) | b.name] AS names",
            "CALL db.index.fulltext.queryNodes('entity_text', 'bashirli') YIELD node RETURN node.id",
            "CALL db.index.fulltext.queryRelationships(\"relationship_refs\", 'x') YIELD relationship RETURN relationship",
            "CALL db.labels()",
            "RETURN date.truncate('month', date('2012-05-26')) AS d, duration.between(date(), date()) AS x",
            "MATCH (n:Entity) WHERE n:Change RETURN n",
            "RETURN 1 AS x;",
    })
    void passes(String query) {
        check(query);
    }

    @Test
    void the_wrapper_names_items_from_neo4js_tokens_whatever_the_comments() {
        var named = ValueBound.named(CypherText.read("MATCH (n:Person) // people\rRETURN DISTINCT n.name /* a */,"
                + " size(n.aliases) AS aliases, 'a, b' + \"c\" // c\u2028, 1\n, count(*) ORDER BY n.name LIMIT 2;"));
        assertEquals(List.of("n.name", "aliases", "'a, b' + \"c\"", "count(*)"), named.columns());
        assertEquals("MATCH (n:Person) // people\rRETURN DISTINCT n.name AS `n.name` /* a */, size(n.aliases) AS"
                + " aliases, 'a, b' + \"c\" AS `'a, b' + \"c\"` // c\u2028, 1\n, count(*) AS `count(*)` ORDER BY n.name"
                + " LIMIT 2", named.body());
        var union = ValueBound.named(CypherText.read("RETURN 1 UNION RETURN 1"));
        assertEquals("RETURN 1 AS `1` UNION RETURN 1 AS `1`", union.body());
        assertEquals(null, ValueBound.named(CypherText.read("MATCH (n:Entity) RETURN *")));
        assertEquals(null, ValueBound.named(CypherText.read("CALL db.labels()")));
    }

    @Test
    void too_deep_or_too_long_is_refused_before_it_is_parsed() {
        var deep = assertThrows(ProblemException.class,
                () -> CypherText.read("RETURN " + "(".repeat(9_000) + "1" + ")".repeat(9_000)));
        assertEquals(400, deep.problem().status());
        var longOne = assertThrows(ProblemException.class, () -> CypherText.read("RETURN " + "1+".repeat(9_000) + "1"));
        assertEquals(400, longOne.problem().status());
        CypherText.read("RETURN " + "(".repeat(CypherText.MAX_NESTING) + "1" + ")".repeat(CypherText.MAX_NESTING));
    }
}
