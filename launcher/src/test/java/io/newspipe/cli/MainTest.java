package io.newspipe.cli;

import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.text.page.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    private static List<String> run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, new CommandLine(new Main()).execute(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void splitPrintsOneArticlePerLineAsTheStreamsAppWould() throws Exception {
        Path page = Path.of("..", "seeds").resolve(Files.list(Path.of("..", "seeds")).sorted().findFirst().orElseThrow().getFileName());
        List<String> lines = run("split", page.toString());
        assertEquals(Pages.articles(PageFiles.read(page)).size(), lines.size());
        Article first = Json.read(lines.get(0), Article.class);
        assertFalse(first.body().isEmpty());
        assertTrue(first.entities().isEmpty(), "split does not enrich");
    }

    @Test
    void splitLinesPrintsHowEachLineWasRead() throws Exception {
        Path page = Files.list(Path.of("..", "seeds")).sorted().findFirst().orElseThrow();
        List<String> lines = run("split", "--lines", page.toString());
        assertEquals("# " + page, lines.get(0));
        assertTrue(lines.get(1).matches("[A-Z~]+ +\\* +\\d+  \\S.*"), lines.get(1));
        long opens = lines.stream().skip(1).filter(l -> l.matches("[A-Z~]+ +\\* .*")).count();
        assertTrue(opens >= Pages.articles(PageFiles.read(page)).size() - 1 && opens > 1, opens + " openings");
    }

    @Test
    void enrichAddsEntitiesAndMetrics() throws Exception {
        Path page = Files.list(Path.of("..", "seeds")).sorted().findFirst().orElseThrow();
        List<String> lines = run("enrich", page.toString());
        Article first = Json.read(lines.get(0), Article.class);
        assertNotNull(first.metrics());
        assertFalse(first.entities().isEmpty());
    }

    @Test
    void aPageFileRecordsTheCharsetItWasDecodedFrom(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "衡阳日报讯 网格员当天解决漏水问题。".getBytes(Charset.forName("GBK")));
        RawPage page = PageFiles.read(gbk);
        assertEquals("GB18030", page.charset());
        assertEquals("衡阳日报讯 网格员当天解决漏水问题。", page.text());
        assertEquals("UTF-8", PageFiles.read(Path.of("..", "seeds", "000_5b25397bc141a43b.txt")).charset());
    }

    @Test
    void durationsAreReadAsUsersWriteThem() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofMillis(500), Durations.parse("0.5s"));
        assertEquals(Duration.ofMillis(500), Durations.parse("0.5"));
        assertEquals(Duration.ofMillis(500), Durations.parse("PT0.5S"));
        assertEquals(Duration.ofDays(30), Durations.parse("30d"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertThrows(CommandLine.TypeConversionException.class, () -> Durations.parse("soon"));
    }
}
