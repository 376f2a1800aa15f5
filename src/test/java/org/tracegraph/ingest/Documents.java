package org.tracegraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.tracegraph.bench.DocumentFolder;

/** Documents of every format the ingestion reads, made by the tests with the libraries that read them. */
public final class Documents {
    private Documents() {
    }

    public static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String text) throws IOException {
        return DocumentFolder.docx(List.of(text));
    }

    public static byte[] odt(String text) throws IOException {
        return DocumentFolder.odt(List.of(text));
    }

    public static byte[] eml(String subject, String text) {
        return ("From: Karl Rahder <karl@example.org>\r\nTo: desk@example.org\r\nSubject: " + subject
                + "\r\nDate: Mon, 5 Mar 2012 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(String title, String text) {
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<script>document.write('not the article')</script></head><body><p>" + text + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A DOCX whose document unpacks to {@code megabytes} MB of nested runs, from a file of a few hundred KB: a
     * zip bomb for the parser's memory.
     */
    public static byte[] docxBomb(int megabytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                     <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                     <Default Extension="xml" ContentType="application/xml"/>
                     <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                     <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            var run = "<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) megabytes << 20; written += run.length) zip.write(run);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
