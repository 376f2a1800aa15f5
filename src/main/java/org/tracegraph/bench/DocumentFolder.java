package org.tracegraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A folder of generated documents in every format the ingestion reads (plain text, HTML, EML, DOCX, ODT, PDF, in
 * turn), for the ingestion benchmark: English sentences naming people and organisations in Latin, Azerbaijani and
 * Cyrillic spellings, about the same length of text each. The same seed gives the same folder. PDFs hold ASCII
 * only (their standard fonts have no ə or Cyrillic), with the names in their Latin spellings.
 */
public final class DocumentFolder {
    static final List<String> FORMATS = List.of("txt", "html", "eml", "docx", "odt", "pdf");
    private static final String[] NAMES = {"Khadija Ismayilova", "Xədicə İsmayılova", "Хадиджа Исмаилова",
        "Ruslan Bashirli", "Ruslan Bəşirli", "Руслан Баширли", "Mammad Ibrahimli", "Məmməd İbrahimli",
        "Мамед Ибрагимли", "Eynulla Fatullayev", "Эйнулла Фатуллаев", "Elnur Israfilov", "Ilham Aliyev",
        "Musavat", "Müsavat", "Yeni Fikir", "Turan", "RFE/RL", "ANS TV", "Ali Karimli", "Arif Hajili"};
    private static final String[] PLACES = {"Baku", "Bakı", "Баку", "Tbilisi", "Ganja", "Sumgayit"};
    private static final String[] VERBS = {"met", "wrote to", "was seen with", "denied knowing", "criticised",
        "was interviewed by", "allegedly paid", "worked alongside", "was arrested with", "thanked"};
    private static final String[] TAILS = {"according to a source close to the case",
        "the newspaper reported on Tuesday", "a claim the ministry denied", "in a letter published later",
        "though rumours said otherwise", "as several witnesses confirmed", "before the trial began",
        "during the demonstrations in the spring"};

    /** The folder made: its files, and the UTF-8 bytes of text written into them, in all and by format. */
    public record Made(Path folder, int files, long textBytes, Map<String, Integer> filesByFormat) {
    }

    private DocumentFolder() {
    }

    /** Writes {@code documents} documents of about {@code textBytes} of text in all into {@code folder}. */
    public static Made write(Path folder, int documents, long textBytes, long seed) throws IOException {
        Files.createDirectories(folder);
        long written = 0;
        var byFormat = new LinkedHashMap<String, Integer>();
        var all = paragraphs(documents, textBytes, seed);
        for (int i = 0; i < documents; i++) {
            var format = FORMATS.get(i % FORMATS.size());
            var paragraphs = all.get(i);
            var title = "Report " + (i + 1);
            var dir = folder.resolve("batch-" + (i / 25 + 1)); // sub-folders too, as a real dossier has
            Files.createDirectories(dir);
            Files.write(dir.resolve(String.format("doc-%03d.%s", i + 1, format)), bytes(format, title, paragraphs));
            for (var p : paragraphs) written += p.getBytes(StandardCharsets.UTF_8).length + 1;
            byFormat.merge(format, 1, Integer::sum);
        }
        return new Made(folder, documents, written, byFormat);
    }

    /** The texts {@link #write} writes with the same arguments, one a document, its paragraphs a line each. */
    public static List<String> texts(int documents, long textBytes, long seed) {
        return paragraphs(documents, textBytes, seed).stream().map(p -> String.join("\n", p)).toList();
    }

    /** The names the documents use, each an entity of its own for the mention benchmark's finder. */
    public static List<String> names() {
        return List.of(NAMES);
    }

    private static List<List<String>> paragraphs(int documents, long textBytes, long seed) {
        var random = new SplittableRandom(seed);
        long each = Math.max(200, textBytes / Math.max(1, documents));
        var all = new ArrayList<List<String>>();
        for (int i = 0; i < documents; i++) {
            all.add(paragraphs(random, each, FORMATS.get(i % FORMATS.size()).equals("pdf")));
        }
        return all;
    }

    private static List<String> paragraphs(SplittableRandom random, long bytes, boolean ascii) {
        var paragraphs = new ArrayList<String>();
        long length = 0; // UTF-8 bytes: a Cyrillic or Azerbaijani letter takes two
        while (length < bytes) {
            var paragraph = new StringBuilder();
            for (int s = 0; s < 6 && length < bytes; s++) {
                var sentence = (paragraph.length() > 0 ? " " : "") + sentence(random, ascii);
                paragraph.append(sentence);
                length += sentence.getBytes(StandardCharsets.UTF_8).length;
            }
            paragraphs.add(paragraph.toString());
            length++;
        }
        return paragraphs;
    }

    private static String sentence(SplittableRandom random, boolean ascii) {
        String a;
        String b;
        do {
            a = NAMES[random.nextInt(NAMES.length)];
            b = NAMES[random.nextInt(NAMES.length)];
        } while (ascii && !(isAscii(a) && isAscii(b)));
        String place;
        do {
            place = PLACES[random.nextInt(PLACES.length)];
        } while (ascii && !isAscii(place));
        return a + " " + VERBS[random.nextInt(VERBS.length)] + " " + b + " in " + place + ", "
                + TAILS[random.nextInt(TAILS.length)] + ".";
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    private static byte[] bytes(String format, String title, List<String> paragraphs) throws IOException {
        var text = String.join("\n", paragraphs);
        return switch (format) {
            case "txt" -> text.getBytes(StandardCharsets.UTF_8);
            case "html" -> html(title, paragraphs);
            case "eml" -> ("From: desk@example.org\r\nTo: editor@example.org\r\nSubject: " + title
                    + "\r\nDate: Mon, 5 Mar 2012 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
            case "docx" -> docx(paragraphs);
            case "odt" -> odt(paragraphs);
            case "pdf" -> pdf(paragraphs);
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static byte[] html(String title, List<String> paragraphs) {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body>");
        for (var p : paragraphs) html.append("<p>").append(escape(p)).append("</p>\n");
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A Word document (DOCX) of {@code paragraphs}, written by Apache POI; the ingestion tests make theirs here too. */
    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (var p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * An OpenDocument text of {@code paragraphs}: a zip whose first entry, stored, is its media type. The
     * ingestion tests make theirs here too.
     */
    public static byte[] odt(List<String> paragraphs) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry"
                    + " manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            var content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>");
            for (var p : paragraphs) content.append("<text:p>").append(escape(p)).append("</text:p>");
            zip.write(content.append("</office:text></office:body></office:document-content>").toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Lines of at most 90 characters, 50 lines a page, in Helvetica. */
    private static byte[] pdf(List<String> paragraphs) throws IOException {
        var lines = new ArrayList<String>();
        for (var p : paragraphs) {
            var line = new StringBuilder();
            for (var word : p.split(" ")) {
                if (line.length() + word.length() + 1 > 90) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            lines.add(line.toString());
        }
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first < lines.size(); first += 50) {
                var page = new PDPage();
                doc.addPage(page);
                try (var content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    for (var line : lines.subList(first, Math.min(lines.size(), first + 50))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
