package org.tracegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.xml.sax.SAXException;

/**
 * The text of a document (PDF, HTML, DOCX, ODT, EML, plain text and the rest Apache Tika reads), taken out by
 * Tika in a child JVM ({@link ForkParser}): each file is parsed with at most {@link #CHILD_HEAP} of heap and
 * {@link #TIMEOUT_MILLIS} of time, so a hostile file (a zip bomb, a PDF that loops) costs the child, which is
 * then replaced, never the server. The text is capped at {@code maxChars}; the file's bytes were capped before
 * (MAX_DOCUMENT_SIZE). Every failure is a problem naming the file and saying why; nothing is written.
 */
public final class Extractor implements AutoCloseable {
    static final String CHILD_HEAP = "384m";
    static final long TIMEOUT_MILLIS = 60_000;
    private final ForkParser parser;
    private final int maxChars;

    /** What a document holds: its text, its media type as Tika detected it, and its own title, if any. */
    public record Extracted(String text, String mediaType, String title) {
    }

    public Extractor(int maxChars, int children) {
        this.maxChars = maxChars;
        var java = ProcessHandle.current().info().command().orElse("java");
        parser = new ForkParser(Extractor.class.getClassLoader(), new AutoDetectParser());
        parser.setJavaCommand(new ArrayList<>(List.of(java, "-Xmx" + CHILD_HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true")));
        parser.setPoolSize(children);
        parser.setServerParseTimeoutMillis(TIMEOUT_MILLIS);
        parser.setServerWaitTimeoutMillis(TIMEOUT_MILLIS);
    }

    /**
     * Reads {@code file} (its name, for the problems), whose client said it is {@code contentType} (a hint; Tika
     * looks at the bytes too). Throws 415 for a type Tika has no parser for, 422 for a file it cannot read (corrupt,
     * encrypted, empty, too slow or too big to parse), 413 when its text is longer than the cap.
     */
    public Extracted extract(String file, InputStream body, String contentType) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file);
        if (contentType != null && !contentType.isBlank()) metadata.set(Metadata.CONTENT_TYPE, contentType);
        // one character over the cap tells a text that is too long, whether or not the limit's exception makes it
        // back from the child (through ForkParser it does not: the text is cut short)
        var text = new BodyContentHandler(maxChars + 1);
        try {
            parser.parse(body, text, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw unreadable(file, "it is encrypted (protected by a password)");
        } catch (ZeroByteFileException e) {
            throw unreadable(file, "it is empty");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) throw tooLong(file);
            throw unreadable(file, reason(e));
        }
        if (text.toString().length() > maxChars) throw tooLong(file);
        var type = metadata.get(Metadata.CONTENT_TYPE);
        var words = text.toString().strip();
        if (words.isEmpty()) {
            if (type == null || type.startsWith("application/octet-stream")) {
                throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception(file + ": Tracegraph cannot tell what kind of"
                        + " document this is, so it cannot take its text out (PDF, HTML, DOCX, ODT, EML and plain"
                        + " text are read)", "file");
            }
            throw unreadable(file, "it holds no text (a scan without a text layer?)");
        }
        return new Extracted(words, type == null ? null : type.split(";")[0].trim(), metadata.get(TikaCoreProperties.TITLE));
    }

    private ProblemException tooLong(String file) {
        return ProblemType.BODY_TOO_LARGE.exception(file + ": its text is longer than " + maxChars
                + " characters, the most a source holds (MAX_SOURCE_TEXT_SIZE)", "file");
    }

    private static ProblemException unreadable(String file, String why) {
        return ProblemType.DOCUMENT_UNREADABLE.exception(file + ": Tracegraph could not read it: " + why, "file");
    }

    /** The cause in words, without Java class names. */
    private static String reason(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            if (name.contains("zipbomb")) return "it unpacks to far more than it holds (a zip bomb?)";
            if (name.contains("encrypted")) return "it is encrypted (protected by a password)";
            if (name.contains("timeout")) return "parsing it took longer than " + TIMEOUT_MILLIS / 1000 + " s";
            if (cause instanceof OutOfMemoryError) return "parsing it needed more than " + CHILD_HEAP + " of memory";
        }
        var message = String.valueOf(e.getMessage());
        if (message.contains("timeout") || message.contains("timed out")) {
            return "parsing it took longer than " + TIMEOUT_MILLIS / 1000 + " s";
        }
        if (message.contains("died") || message.contains("OutOfMemory") || message.contains("memory")) {
            return "parsing it needed more than " + CHILD_HEAP + " of memory or time";
        }
        return "it is damaged or not what it says it is";
    }

    @Override
    public void close() {
        parser.close();
    }
}
