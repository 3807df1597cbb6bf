package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.sink.ArticleSinkConfig;
import io.newspipe.sink.ArticleWriter;
import io.newspipe.text.enrich.ArticleEnricher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batch write rate of the sink's writer: the enriched seed articles, copied under new ids up to N articles, written
 * in transactions of B records to SQLite and to PostgreSQL (a schema of its own, dropped afterwards). Prints articles/s
 * and rows/s (articles + entities + indicators). Usage: {@code bench/run.sh sink [N=3000] [B=500] [postgres-url]}.
 */
public final class SinkWriteBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String pg = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        ArticleEnricher enricher = new ArticleEnricher();
        List<Article> base = new ArrayList<>();
        for (Article a : SeedArticles.split()) {
            base.add(enricher.enrich(a));
        }
        List<ArticleWriter.Op> ops = new ArrayList<>(n);
        long childRows = 0;
        for (int i = 0; i < n; i++) {
            Article a = base.get(i % base.size());
            Article copy = new Article(a.id() + "-" + i, a.sourceId(), a.source(), a.ordinal(), a.title(), a.subtitle(),
                    a.authors(), a.body(), a.paragraphs(), a.subheadings(), a.captions(), a.complete(), a.contentHash(),
                    a.receivedAt(), a.entities(), a.indicators(), a.dates(), a.metrics(), null, a.related());
            ops.add(new ArticleWriter.Op(copy, null, null));
            childRows += a.entities().size() + a.indicators().size();
        }
        System.out.printf("sink write bench: %d articles (%d entity+indicator rows), batches of %d%n", n, childRows, batch);

        Path dir = Files.createTempDirectory("sink-bench");
        run("sqlite", "jdbc:sqlite:" + dir.resolve("bench.db"), ops, batch, childRows);
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            run("postgresql", pg + "&currentSchema=" + schema, ops, batch, childRows);
        } finally {
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String name, String url, List<ArticleWriter.Op> ops, int batch, long childRows) throws Exception {
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(Map.of(ArticleSinkConfig.CONNECTION_URL, url)))) {
            w.write(ops.subList(0, Math.min(batch, ops.size()))); // warm-up: schema, statements, JIT
            long t0 = System.nanoTime();
            for (int from = 0; from < ops.size(); from += batch) {
                w.write(ops.subList(from, Math.min(ops.size(), from + batch)));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (int from = 0; from < ops.size(); from += batch) {
                w.write(ops.subList(from, Math.min(ops.size(), from + batch)));
            }
            double again = (System.nanoTime() - t1) / 1e9;
            System.out.printf("%-10s first write: %7.0f articles/s %8.0f rows/s (%.2f s) | redelivery (upsert): %7.0f articles/s | rows in store: %d%n",
                    name, ops.size() / s, (ops.size() + childRows) / s, s, ops.size() / again, w.count("articles"));
        }
    }
}
