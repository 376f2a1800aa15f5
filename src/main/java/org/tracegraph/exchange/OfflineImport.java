package org.tracegraph.exchange;

import org.tracegraph.core.DerivedProperties;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.tracegraph.curation.BulkWrites;
import org.tracegraph.curation.Snapshot;
import org.tracegraph.core.ProblemException;

/**
 * Builds a new Neo4j store from a graph JSON file with Neo4j's own offline importer (the engine of
 * {@code neo4j-admin database import}), in one pass over the file's entities and one over its relationships.
 * Each row is checked as the importer asks for it, with the import's own rules ({@link BulkWrites#newEntity},
 * {@link BulkWrites#newRelationship}), and stored as an import into an empty graph stores it (every property
 * as written, {@code rev} 1). Unlike an import, which merges a row into an earlier one with its id, each id may
 * come once. The first invalid row stops the load ({@link InvalidRow}); the caller builds the store where it
 * can throw it away (see {@code ImportCommand}).
 */
public final class OfflineImport {
    private static final int CHUNK = 1_000;
    /** A new entity or relationship's version, as an import into an empty graph gives it. */
    private static final long FIRST_REV = 1;

    private OfflineImport() {
    }

    /** What was loaded. */
    public record Loaded(long entities, long relationships) {
    }

    /** The row that stopped a load, and why. */
    public static final class InvalidRow extends RuntimeException {
        private final transient ImportReport.Invalid row;

        InvalidRow(ImportReport.Invalid row) {
            super(row.detail(), null, false, false);
            this.row = row;
        }

        public ImportReport.Invalid row() {
            return row;
        }

        /** "edges[12] (line 40, id a-b): to: to names no entity: 'x'" */
        public String where() {
            return row.part() + (row.index() == null ? "" : "[" + row.index() + "]") + " (line " + row.line()
                    + (row.id() == null ? "" : ", id " + row.id()) + ")" + (row.field() == null ? "" : ": " + row.field())
                    + ": " + row.detail();
        }
    }

    /**
     * Loads {@code file} into the database {@code database} of a new store in {@code home} (a Neo4j home
     * directory that must hold no store yet). The importer's progress goes to {@code progress}.
     */
    public static Loaded load(Path file, Path home, String database, PrintStream progress) throws IOException {
        var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        var layout = Neo4jLayout.of(config).databaseLayout(database);
        var rows = new Rows(file);
        long rowsGuessed = Math.max(1, Files.size(file) / 250);
        // ACTUAL: the rows give the importer node ids of their own (Rows.nodeIds), so it maps no string ids
        var input = Input.input(rows.iterable(ImportRow.Kind.ENTITY), rows.iterable(ImportRow.Kind.RELATIONSHIP),
                IdType.ACTUAL, Input.knownEstimates(rowsGuessed / 6, rowsGuessed * 5 / 6, rowsGuessed / 6 * 5,
                        rowsGuessed * 5 / 6 * 6, rowsGuessed / 6 * 100, rowsGuessed * 5 / 6 * 200, 2), new Groups());
        var pageCacheTracer = PageCacheTracer.NULL;
        try (var fs = new DefaultFileSystemAbstraction(); var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            var importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(layout, fs, pageCacheTracer,
                    Configuration.DEFAULT, NullLogService.getInstance(), progress, false, DefaultAdditionalIds.EMPTY,
                    config, Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    new CursorContextFactory(pageCacheTracer, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER));
            importer.doImport(input);
        } catch (Exception e) {
            // the importer wraps what the rows threw in its own exceptions: say what the file did wrong
            rows.failure().ifPresent(failure -> {
                throw failure;
            });
            if (e instanceof IOException io) throw io;
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e);
        }
        rows.failure().ifPresent(failure -> {
            throw failure;
        });
        return new Loaded(rows.entities.size(), rows.relationshipIds.size());
    }

    /** The file's rows, checked as the importer reads them: entities first, then relationships. */
    private static final class Rows {
        private final Path file;
        /**
         * Every entity's type by id, complete before the first relationship is read (the importer writes every
         * node before any relationship): ends, sources and claimants.
         */
        private final Map<String, String> entities = new ConcurrentHashMap<>();
        /** The held texts of the file's sources, which its relationships' quotes are checked against. */
        private final Map<String, String> texts = new ConcurrentHashMap<>();
        /**
         * The node id each entity id is given, in the file's order, 0 up: the importer is handed these numbers
         * ({@link IdType#ACTUAL}) instead of the strings, which it would otherwise sort and search for each end of
         * every relationship. Written by the entities' iterator, read by the threads that visit relationships.
         */
        private final Map<String, Long> nodeIds = new ConcurrentHashMap<>();
        /** The ids of the relationship rows read so far, by their iterator, under its lock. */
        private final Set<String> relationshipIds = new HashSet<>();
        private RuntimeException failure;

        Rows(Path file) {
            this.file = file;
        }

        synchronized Optional<RuntimeException> failure() {
            return Optional.ofNullable(failure);
        }

        InputIterable iterable(ImportRow.Kind kind) {
            return () -> new Iterator(kind);
        }

        /** Records the first row that stopped the load, and throws it on. */
        synchronized RuntimeException failed(RuntimeException e) {
            if (failure == null) failure = e;
            return e;
        }

        /**
         * The next {@value #CHUNK} rows of a kind, read under the iterator's lock; the importer's threads check
         * and convert them, outside it ({@link Chunk}).
         */
        private final class Iterator implements InputIterator {
            private final ImportRow.Kind kind;
            private final InputStream in;
            private final RowReader reader;

            Iterator(ImportRow.Kind kind) {
                this.kind = kind;
                try {
                    in = Files.newInputStream(file);
                    reader = new JsonRows(new java.io.BufferedInputStream(in, 1 << 16), kind);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputChunk newChunk() {
                return new Chunk(Rows.this);
            }

            @Override
            public synchronized boolean next(InputChunk chunk) throws IOException {
                var rows = ((Chunk) chunk).rows;
                rows.clear();
                ((Chunk) chunk).next = 0;
                if (failure().isPresent()) return false;
                try {
                    while (rows.size() < CHUNK) {
                        var row = reader.next();
                        if (row == null) break;
                        // ids are checked in the file's order, so the second row with an id is the one refused; as
                        // the rows' checks strip them
                        var id = row.id() == null ? null : row.id().strip();
                        boolean taken = kind == ImportRow.Kind.ENTITY
                                ? id != null && nodeIds.putIfAbsent(id, (long) nodeIds.size()) != null
                                : id != null && !relationshipIds.add(id);
                        if (taken) throw taken(row, id);
                        rows.add(row);
                    }
                } catch (RuntimeException e) {
                    throw failed(e);
                }
                return !rows.isEmpty();
            }

            @Override
            public void close() throws IOException {
                try (in) {
                    reader.close();
                }
            }
        }

        Snapshot.Entity entity(ImportRow row) {
            var body = checked(row);
            try {
                var id = BulkWrites.rowId(body, "an entity");
                var entity = BulkWrites.newEntity(body, id, FIRST_REV);
                entities.put(id, entity.type());
                if (entity.properties().get("text") instanceof String text) texts.put(id, text);
                return entity;
            } catch (ProblemException e) {
                throw invalid(row, e);
            }
        }

        Snapshot.Rel relationship(ImportRow row) {
            var body = checked(row);
            try {
                var id = BulkWrites.rowId(body, "a relationship");
                return BulkWrites.newRelationship(body, id, entities, FIRST_REV, end -> Optional.empty(), texts);
            } catch (ProblemException e) {
                throw invalid(row, e);
            }
        }

        private static JsonNode checked(ImportRow row) {
            if (row.problem() != null) throw new InvalidRow(row.problem());
            return row.body();
        }

        private static InvalidRow taken(ImportRow row, String id) {
            return new InvalidRow(row.problem("id", "The id '" + id + "' is given to an earlier row too: an offline"
                    + " load takes each id once (an import would merge the two rows)"));
        }

        private static InvalidRow invalid(ImportRow row, ProblemException e) {
            var problem = e.problem();
            return new InvalidRow(row.problem(problem.parameter(), problem.detail()));
        }
    }

    /** Rows handed to one of the importer's threads, which checks and visits them outside the reading lock. */
    private static final class Chunk implements InputChunk {
        private final Rows all;
        final List<ImportRow> rows = new ArrayList<>(CHUNK);
        int next;

        Chunk(Rows all) {
            this.all = all;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next == rows.size()) return false;
            var row = rows.get(next++);
            try {
                if (row.kind() == ImportRow.Kind.ENTITY) {
                    var entity = all.entity(row);
                    visitor.id(all.nodeIds.get(entity.id()));
                    visitor.labels(new String[] {"Entity", entity.type()});
                    DerivedProperties.of(entity.type(), entity.properties()).forEach((key, value) -> visitor.property(key, stored(value)));
                } else {
                    var r = all.relationship(row);
                    // the ends are entities of the file (checked), so each has its node id
                    visitor.startId(all.nodeIds.get(r.from()));
                    visitor.endId(all.nodeIds.get(r.to()));
                    visitor.type(r.type());
                    r.properties().forEach((key, value) -> visitor.property(key, stored(value)));
                }
            } catch (RuntimeException e) {
                throw all.failed(e);
            }
            visitor.endOfEntity();
            return true;
        }

        /** A list (aliases, sourceIds: always of strings) as the array Neo4j stores. */
        private static Object stored(Object value) {
            if (!(value instanceof List<?> list)) return value;
            var strings = new String[list.size()];
            for (int i = 0; i < strings.length; i++) strings[i] = (String) list.get(i);
            return strings;
        }

        @Override
        public void close() {
        }
    }
}
