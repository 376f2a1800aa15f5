package org.tracegraph.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tracegraph.core.Editor;
import org.tracegraph.core.Problem;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;

/**
 * A folder of documents in: every regular file under it (sub-folders included, symbolic links not followed), in
 * the order of their paths, each ingested by {@link DocumentService} exactly as {@code POST /api/documents}
 * ingests one. A file whose bytes were ingested before is skipped, naming the source it became; a file that
 * cannot be read is reported with the problem the API would answer, and the next one is read.
 */
public final class FolderIngest {
    private final DocumentService documents;

    /** What became of one file: {@link Ingested}, {@link Skipped} or {@link Failed}. */
    public sealed interface Outcome permits Ingested, Skipped, Failed {
        String file();
    }

    /** {@code file} (its path under the folder) became {@code source}. */
    public record Ingested(String file, String source, String mediaType, int textLength, int mentions, int candidates)
            implements Outcome {
    }

    /** {@code file}'s bytes were ingested before, as {@code source}. */
    public record Skipped(String file, String source) implements Outcome {
    }

    /** {@code file} could not be read: the problem {@code POST /api/documents} would answer, without a request id. */
    public record Failed(String file, String type, String title, int status, String detail) implements Outcome {
    }

    /** What was under the folder and not a regular file (a symbolic link, a folder it could not list...), and why. */
    public record Ignored(String file, String why) {
    }

    /** Every file's outcome in the order read, and what was passed over. */
    public record Report(String folder, int files, int ingestedCount, int skippedCount, int failedCount,
                         long textLength, List<Ingested> ingested, List<Skipped> skipped, List<Failed> failed,
                         List<Ignored> ignored) {
        public boolean allRead() {
            return failedCount == 0;
        }
    }

    /** Told of each file as it is done ({@code done} of {@code total}), for a progress bar. */
    public interface Listener {
        void started(int total);

        void done(int done, int total, Outcome outcome);
    }

    /** The regular files under a folder, in order, and what it passed over. */
    public record Listing(List<Path> files, List<Ignored> ignored) {
    }

    public FolderIngest(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * The regular files under {@code folder}, in the order of their paths relative to it (so two runs on the same
     * folder read it in the same order); symbolic links are passed over, never followed.
     */
    public static Listing list(Path folder) throws IOException {
        var files = new ArrayList<Path>();
        var ignored = new ArrayList<Ignored>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() { // without FOLLOW_LINKS: a link is seen as itself
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else {
                    ignored.add(new Ignored(name(folder, file), attributes.isSymbolicLink()
                            ? "a symbolic link, not followed" : "not a regular file"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                ignored.add(new Ignored(name(folder, file), "it could not be listed: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(file -> name(folder, file)));
        ignored.sort(Comparator.comparing(Ignored::file));
        return new Listing(List.copyOf(files), List.copyOf(ignored));
    }

    /** Ingests every regular file under {@code folder} as {@code editor}, telling {@code listener} of each. */
    public Report ingest(Path folder, Editor editor, Listener listener) throws IOException {
        var listed = list(folder);
        var ingested = new ArrayList<Ingested>();
        var skipped = new ArrayList<Skipped>();
        var failed = new ArrayList<Failed>();
        long textLength = 0;
        int total = listed.files().size();
        listener.started(total);
        for (int i = 0; i < total; i++) {
            var path = listed.files().get(i);
            var outcome = ingestFile(editor, name(folder, path), path);
            if (outcome instanceof Ingested in) {
                ingested.add(in);
                textLength += in.textLength();
            } else if (outcome instanceof Skipped s) {
                skipped.add(s);
            } else if (outcome instanceof Failed f) {
                failed.add(f);
            }
            listener.done(i + 1, total, outcome);
        }
        return new Report(folder.toString(), total, ingested.size(), skipped.size(), failed.size(), textLength,
                List.copyOf(ingested), List.copyOf(skipped), List.copyOf(failed), listed.ignored());
    }

    /** One file, read up to MAX_DOCUMENT_SIZE (and one byte more, which the service refuses). */
    private Outcome ingestFile(Editor editor, String name, Path path) {
        try {
            documents.checkSize(name, Files.size(path));
            byte[] bytes;
            try (var in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, documents.maxDocumentBytes() + 1));
            }
            var before = bytes.length == 0 ? null : documents.ingestedAs(DocumentService.hash(bytes));
            if (before != null) return new Skipped(name, before);
            var done = documents.ingest(editor, name, bytes, null, new DocumentService.Described(null, null, null, null));
            return new Ingested(name, done.source().entity().id(), done.mediaType(), done.textLength(),
                    done.mentions().size(), done.candidates());
        } catch (ProblemException e) {
            return failed(name, e.problem());
        } catch (IOException e) {
            return failed(name, ProblemType.DOCUMENT_UNREADABLE.exception(name + ": Tracegraph could not read it: "
                    + e.getMessage(), "file").problem());
        }
    }

    private static Failed failed(String name, Problem problem) {
        return new Failed(name, problem.type(), problem.title(), problem.status(), problem.detail());
    }

    /** {@code file}'s path under {@code folder}, with forward slashes on every system. */
    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
