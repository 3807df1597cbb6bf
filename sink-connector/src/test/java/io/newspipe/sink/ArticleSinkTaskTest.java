package io.newspipe.sink;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSinkTaskTest {
    @TempDir
    Path dir;

    private Map<String, String> props() {
        return Map.of("connection.url", "jdbc:sqlite:" + dir.resolve("store.db"), "retry.backoff.ms", "25", "max.retries", "2");
    }

    private ArticleSinkTask start(RecordingContext ctx) {
        ArticleSinkTask task = new ArticleSinkTask();
        task.initialize(ctx);
        task.start(props());
        return task;
    }

    private long count(String table) throws SQLException {
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(props()))) {
            return w.count(table);
        }
    }

    @Test
    void redeliveryChangesNothing() throws Exception {
        ArticleSinkTask task = start(new RecordingContext(true));
        List<SinkRecord> batch = List.of(TestArticles.record(TestArticles.article("a-01", "天心区网格员当天解决漏水问题。"), 0),
                TestArticles.record(TestArticles.article("a-02", "居民满意度达到90.11%。"), 1),
                TestArticles.duplicate("b-01", "a-01", 0));
        task.put(batch);
        task.put(batch);
        task.stop();
        assertEquals(2, count("articles"));
        assertEquals(4, count("entities"));
        assertEquals(2, count("indicators"));
        assertEquals(1, count("duplicates"));
        assertEquals(2, count("articles_fts"));
        // Two entities, each in both articles, on one day: two rows of two articles each.
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(props()));
             var s = w.connection().createStatement();
             var rs = s.executeQuery("SELECT day, text, mentions, articles FROM entities_daily ORDER BY text")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4));
            }
            assertEquals(List.of("2026-11-25 天心区 2 2", "2026-11-25 张福芳 2 2"), rows);
        }
    }

    @Test
    void theSameArticleTwiceInOneBatchKeepsTheLaterAndSearchFindsIt() throws Exception {
        ArticleSinkTask task = start(new RecordingContext(true));
        task.put(List.of(TestArticles.record(TestArticles.article("a-01", "旧的正文。"), 0),
                TestArticles.record(TestArticles.article("a-01", "新的正文讲网格治理。"), 1)));
        task.stop();
        assertEquals(1, count("articles"));
        assertEquals(2, count("entities"));
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(props()));
             var s = w.connection().createStatement();
             var rs = s.executeQuery("SELECT a.body FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
                     + "WHERE articles_fts MATCH '网格治理'")) {
            assertTrue(rs.next());
            assertEquals("新的正文讲网格治理。", rs.getString(1));
        }
    }

    @Test
    void aMalformedRecordGoesToTheReporterAndTheRestIsWritten() throws Exception {
        RecordingContext ctx = new RecordingContext(true);
        ArticleSinkTask task = start(ctx);
        SinkRecord bad = new SinkRecord("articles.enriched", 0, null, "x", null, "{\"id\": 1, broken", 5);
        SinkRecord noBody = new SinkRecord("articles.enriched", 0, null, "y", null, "{\"id\":\"y\"}", 6);
        task.put(List.of(bad, TestArticles.record(TestArticles.article("a-01", "正文。"), 7), noBody));
        task.stop();
        assertEquals(List.of(bad, noBody), ctx.errant);
        assertEquals(1, count("articles"));
    }

    @Test
    void withoutAReporterAMalformedRecordFailsTheTaskWithAClearMessage() {
        ArticleSinkTask task = start(new RecordingContext(false));
        SinkRecord bad = new SinkRecord("articles.enriched", 0, null, "x", null, "not json", 5);
        ConnectException e = assertThrows(ConnectException.class, () -> task.put(List.of(bad)));
        assertTrue(e.getMessage().contains("errors.tolerance=all"), e.getMessage());
        task.stop();
    }

    @Test
    void relatedLinksAreRowsReplacedWithTheirArticleAndQueryableBothWays() throws Exception {
        ArticleSinkTask task = start(new RecordingContext(true));
        var linked = TestArticles.article("b-01", "湿地保护工作得到群众支持。").withRelated(
                List.of(new io.newspipe.model.RelatedArticle("a-01", 0.42), new io.newspipe.model.RelatedArticle("c-01", 0.3)));
        task.put(List.of(TestArticles.record(TestArticles.article("a-01", "正文。"), 0), TestArticles.record(linked, 1)));
        task.put(List.of(TestArticles.record(linked.withRelated(List.of(new io.newspipe.model.RelatedArticle("a-01", 0.42))), 2)));
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(props()));
             var st = w.connection().createStatement();
             var rs = st.executeQuery("SELECT article_id, related_id, similarity FROM related WHERE related_id = 'a-01' "
                     + "OR article_id = 'a-01'")) {
            assertTrue(rs.next());
            assertEquals("b-01", rs.getString(1));
            assertEquals(0.42, rs.getDouble(3), 1e-9);
            assertFalse(rs.next());
        }
        assertEquals(1, count("related"), "the redelivered article replaced its links");
        // A retraction: the tombstone removes the article and its links.
        task.put(List.of(new SinkRecord("articles.enriched", 0, null, "b-01", null, null, 3)));
        task.stop();
        assertEquals(0, count("related"));
    }

    @Test
    void aTombstoneDeletesTheArticleAndItsChildren() throws Exception {
        ArticleSinkTask task = start(new RecordingContext(true));
        task.put(List.of(TestArticles.record(TestArticles.article("a-01", "正文。"), 0)));
        task.put(List.of(new SinkRecord("articles.enriched", 0, null, "a-01", null, null, 1)));
        task.stop();
        assertEquals(0, count("articles"));
        assertEquals(0, count("entities"));
    }

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private static ArticleSinkTask failing(RecordingContext ctx, ManualClock clock, Map<String, String> props, int[] calls) {
        ArticleSinkTask task = new ArticleSinkTask(config -> new ArticleWriter(config) {
            @Override
            public void write(List<Op> ops) throws SQLException {
                calls[0]++;
                throw new SQLException("connection refused", "08001");
            }
        }, clock);
        task.initialize(ctx);
        task.start(props);
        return task;
    }

    @Test
    void anUnreachableStoreIsRetriedWithCappedExponentialBackoffAndCounted() {
        RecordingContext ctx = new RecordingContext(true);
        ManualClock clock = new ManualClock();
        int[] calls = {0};
        Map<String, String> props = new java.util.HashMap<>(props());
        props.put("max.retries", "-1");
        props.put("retry.backoff.ms", "100");
        props.put("retry.backoff.max.ms", "500");
        ArticleSinkTask task = failing(ctx, clock, props, calls);
        List<SinkRecord> batch = List.of(TestArticles.record(TestArticles.article("a-01", "正文。"), 0));
        for (int i = 0; i < 6; i++) {
            assertThrows(RetriableException.class, () -> task.put(batch));
            clock.millis += ctx.timeouts.get(ctx.timeouts.size() - 1);
        }
        assertEquals(List.of(100L, 200L, 400L, 500L, 500L, 500L), ctx.timeouts);
        assertEquals(6, calls[0]);
        assertEquals(6L, ctx.metric(SinkTaskMetrics.RETRIES));
        assertEquals(0, ctx.metric(SinkTaskMetrics.AVAILABLE));
        assertTrue(((String) ctx.metric(SinkTaskMetrics.ERROR)).startsWith("SQLSTATE 08001"), (String) ctx.metric(SinkTaskMetrics.ERROR));
    }

    @Test
    void aRedeliveryBeforeTheBackoffIsOverIsDeclinedWithoutTouchingTheStore() {
        RecordingContext ctx = new RecordingContext(true);
        ManualClock clock = new ManualClock();
        int[] calls = {0};
        ArticleSinkTask task = failing(ctx, clock, props(), calls);
        List<SinkRecord> batch = List.of(TestArticles.record(TestArticles.article("a-01", "正文。"), 0));
        assertThrows(RetriableException.class, () -> task.put(batch));
        clock.millis += 10;
        assertThrows(ArticleSinkTask.StillWaiting.class, () -> task.put(batch));
        assertEquals(1, calls[0], "the store was not asked again");
        assertEquals(List.of(25L, 15L), ctx.timeouts, "the worker is told how long is left");
    }

    @Test
    void aFiniteRetryBudgetStillEndsInAFailure() {
        RecordingContext ctx = new RecordingContext(true);
        ManualClock clock = new ManualClock();
        ArticleSinkTask task = failing(ctx, clock, props(), new int[1]);
        List<SinkRecord> batch = List.of(TestArticles.record(TestArticles.article("a-01", "正文。"), 0));
        for (int i = 0; i < 2; i++) {
            assertThrows(RetriableException.class, () -> task.put(batch));
            clock.millis += 1_000;
        }
        ConnectException fatal = assertThrows(ConnectException.class, () -> task.put(batch));
        assertTrue(fatal.getMessage().contains("after 2 retries"), fatal.getMessage());
    }

    @Test
    void aRecordTheStoreRefusesIsErrantAndTheRestOfItsBatchIsWritten() throws Exception {
        RecordingContext ctx = new RecordingContext(true);
        ArticleSinkTask task = new ArticleSinkTask(config -> new ArticleWriter(config) {
            @Override
            public void write(List<Op> ops) throws SQLException {
                if (ops.stream().anyMatch(o -> o.article() != null && o.article().body().contains("坏"))) {
                    throw new java.sql.BatchUpdateException("Batch entry 0 INSERT INTO articles VALUES ('坏的正文') was "
                            + "aborted: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021", new int[0]);
                }
                super.write(ops);
            }
        }, Clock.systemUTC());
        task.initialize(ctx);
        task.start(props());
        SinkRecord bad = TestArticles.record(TestArticles.article("a-02", "坏的正文。"), 1);
        task.put(List.of(TestArticles.record(TestArticles.article("a-01", "好的正文。"), 0), bad,
                TestArticles.record(TestArticles.article("a-03", "另一篇正文。"), 2)));
        task.stop();
        assertEquals(List.of(bad), ctx.errant);
        String reason = ctx.errors.get(0).getMessage();
        assertTrue(reason.contains("SQLSTATE 22021") && !reason.contains("坏"), "the reason names the error, not the text: " + reason);
        assertEquals(2, count("articles"));
        assertEquals(1L, ctx.metric(SinkTaskMetrics.ERRANT));
    }
}
