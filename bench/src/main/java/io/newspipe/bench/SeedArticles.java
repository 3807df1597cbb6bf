package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.text.page.Pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus as split articles: the realistic input every harness measures on. */
final class SeedArticles {
    private SeedArticles() {
    }

    static Path seeds() {
        Path here = Path.of("seeds");
        return Files.isDirectory(here) ? here : Path.of("..", "seeds");
    }

    static List<RawPage> pages() throws IOException {
        List<RawPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                pages.add(new RawPage(SourceIds.forBytes(b), f.getFileName().toString(), Instant.now(), "UTF-8",
                        new String(b, StandardCharsets.UTF_8), b.length));
            }
        }
        return pages;
    }

    static List<Article> split() throws IOException {
        List<Article> out = new ArrayList<>();
        for (RawPage p : pages()) {
            out.addAll(Pages.articles(p));
        }
        return out;
    }
}
