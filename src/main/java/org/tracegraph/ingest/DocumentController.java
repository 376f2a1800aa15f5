package org.tracegraph.ingest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.http.Access;

/**
 * {@code POST /api/documents} (editor): a document as the body, with its {@code Content-Type} and its name in
 * {@code ?name=} (or a {@code Content-Disposition} file name), or as the {@code file} part of a
 * {@code multipart/form-data} form; {@code title}, {@code publisher}, {@code published}, {@code url} as query
 * or form fields. 201 with the source made and what its text names.
 */
public final class DocumentController {
    private final DocumentService documents;
    private final long maxDocumentBytes;

    public DocumentController(DocumentService documents, long maxDocumentBytes) {
        this.documents = documents;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public void ingest(Context ctx) {
        var editor = Access.editor(ctx);
        String name;
        String type;
        byte[] bytes;
        var contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            if (ctx.contentLength() < 0) {
                throw ProblemException.badBody("file", "a form upload needs its Content-Length, so that its size is known before it is read");
            }
            var file = ctx.uploadedFile("file");
            if (file == null) throw ProblemException.badBody("file", "file is required: the document, as the form's 'file' part");
            name = file.filename();
            type = file.contentType();
            bytes = read(file.content(), name);
        } else {
            name = ctx.queryParam("name");
            if (name == null || name.isBlank()) name = dispositionName(ctx.header("Content-Disposition"));
            if (name == null || name.isBlank()) name = "document";
            type = contentType;
            bytes = read(ctx.bodyInputStream(), name);
        }
        var described = new DocumentService.Described(field(ctx, "title"), field(ctx, "publisher"),
                field(ctx, "published"), field(ctx, "url"));
        var ingested = documents.ingest(editor, name, bytes, type, described);
        ctx.status(201).header("Location", "/api/sources/" + ingested.source().entity().id()).json(ingested);
    }

    private static String field(Context ctx, String name) {
        var value = ctx.queryParam(name);
        if (value == null && ctx.isMultipartFormData()) value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** At most MAX_DOCUMENT_SIZE and one byte more: a body without Content-Length is bounded too. */
    private byte[] read(InputStream in, String name) {
        try (in) {
            var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
            if (bytes.length > maxDocumentBytes) {
                throw ProblemType.BODY_TOO_LARGE.exception(name + ": larger than " + maxDocumentBytes
                        + " bytes, the largest document this server takes (MAX_DOCUMENT_SIZE)", "file");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dispositionName(String disposition) {
        if (disposition == null) return null;
        var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
        return m.find() ? m.group(1).replaceAll(".*[/\\\\]", "") : null;
    }
}
