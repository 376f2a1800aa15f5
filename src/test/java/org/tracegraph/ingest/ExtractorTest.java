package org.tracegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.ProblemException;
import org.tracegraph.system.Cpu;

/**
 * Every format through the real parser (Apache Tika, in its child JVM), and every bad file: a clear problem
 * naming the file, and the server's own process unharmed.
 */
class ExtractorTest {
    private static final String SENTENCE = "Mr. Ruslan Bashirli met NDI staff in Tbilisi.";
    private static Extractor extractor;

    @BeforeAll
    static void start() {
        extractor = new Extractor(10_000, 1);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static Extractor.Extracted read(String file, byte[] bytes, String type) {
        return extractor.extract(file, new ByteArrayInputStream(bytes), type);
    }

    private static ProblemException refused(String file, byte[] bytes, String type, int status) {
        var e = assertThrows(ProblemException.class, () -> read(file, bytes, type));
        assertEquals(status, e.problem().status(), e.problem().detail());
        assertTrue(e.problem().detail().startsWith(file + ": "), "the problem names the file: " + e.problem().detail());
        assertFalse(e.problem().detail().matches(".*\\b(org|java)\\.[a-z]+\\..*"), "no Java class names: " + e.problem().detail());
        return e;
    }

    @Test
    void pdf_docx_odt_eml_html_and_text_give_their_text() throws Exception {
        assertEquals(SENTENCE, read("a.pdf", Documents.pdf(SENTENCE, false), "application/pdf").text());
        assertEquals("application/pdf", read("a.pdf", Documents.pdf(SENTENCE, false), null).mediaType());
        assertEquals(SENTENCE, read("a.docx", Documents.docx(SENTENCE), null).text());
        assertEquals(SENTENCE, read("a.odt", Documents.odt(SENTENCE), null).text());
        var mail = read("a.eml", Documents.eml("The letter", "Xədicə İsmayılova wrote: " + SENTENCE), "message/rfc822");
        assertTrue(mail.text().contains("Xədicə İsmayılova wrote: " + SENTENCE), mail.text());
        var page = read("a.html", Documents.html("Blackmail video", SENTENCE), "text/html");
        assertEquals(SENTENCE, page.text(), "a script is no text of the page");
        assertEquals("Blackmail video", page.title());
        var plain = read("a.txt", ("Хадиджа Исмаилова. " + SENTENCE).getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        assertEquals("Хадиджа Исмаилова. " + SENTENCE, plain.text());
    }

    @Test
    void encrypted_corrupt_empty_unknown_and_too_long_files_are_refused_with_their_reason() throws Exception {
        assertTrue(refused("secret.pdf", Documents.pdf(SENTENCE, true), "application/pdf", 422).problem().detail()
                .contains("encrypted"));
        var broken = new byte[4096];
        new Random(3).nextBytes(broken);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, broken, 0, 9);
        refused("broken.pdf", broken, "application/pdf", 422);
        assertTrue(refused("empty.txt", new byte[0], "text/plain", 422).problem().detail().contains("empty"));
        var noise = new byte[4096];
        new Random(7).nextBytes(noise);
        refused("noise.bin", noise, null, 415);
        refused("long.txt", "word ".repeat(5_000).getBytes(StandardCharsets.US_ASCII), "text/plain", 413);
    }

    @Test
    void a_zip_bomb_costs_the_child_not_the_server_and_the_next_file_is_read() throws Exception {
        var bomb = Documents.docxBomb(30);
        assertTrue(bomb.length < 1 << 20, "a small file: " + bomb.length);
        long cpu = Cpu.processNanos();
        // refused as unreadable or as of no known type, depending on how far Tika's container detection gets
        var e = assertThrows(ProblemException.class, () -> read("bomb.docx", bomb, null));
        assertTrue(e.problem().status() == 422 || e.problem().status() == 415, e.problem().toString());
        assertTrue(e.problem().detail().startsWith("bomb.docx: "), e.problem().detail());
        double seconds = (Cpu.processNanos() - cpu) / 1e9;
        assertTrue(seconds < 20, "the server's own CPU: " + seconds + " s");
        assertEquals(SENTENCE, read("after.docx", Documents.docx(SENTENCE), null).text());
    }
}
