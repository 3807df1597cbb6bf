package io.newspipe.runtime;

import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.text.fixtures.NearDuplicateVariants;
import io.newspipe.text.page.Pages;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near duplicates are found across partitions, and re-laid-out copies of the seeds add few articles to the store. */
class NearDuplicateIT {
    @TempDir
    Path stateDir;

    private String jdbc() {
        return "jdbc:sqlite:" + stateDir.resolve("articles.db");
    }

    private static final String STORY = "今年以来，株洲市芦淞区制定企业办事不求人升级版工作方案，开展联企干部公示制，重点梳理辖区内250家规模以上工业企业。"
            + "完善问题交办机制，形成问题交办制、限时办结制、挂号督办制、回访评价制。成立由区领导为组长的工作专班，每季度召开至少1次企业问题调度会。"
            + "企业需求各不相同，芦淞区提供一企一策全流程服务方案。湖南青尚能源科技有限公司成立时间短，固定资产少，无法通过资产抵押方式申请贷款。"
            + "工作专班主动联系工商银行上门服务，一周内解决企业需求。芦淞区升级版工作方案实施以来，收到40家企业反馈问题，目前已为企业解决问题30余个。";

    @Test
    void twoCopiesOnDifferentPartitionsAreFoundAndRelaidSeedsAddFew() throws Exception {
        try (TestKafka kafka = TestKafka.start()) {
            PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(), jdbc(), 3, Duration.ofMinutes(3));
            try (PipelineRuntime runtime = new PipelineRuntime(options).start()) {
                Replay replay = new Replay(runtime, options);
                // 1. The same story, lightly edited, on two pages produced to two different partitions.
                String a = "企业办事不求人\n" + STORY + "（张永琼）\n";
                String b = "芦淞区升级企业服务\n李明 王刚\n" + STORY.replace("企业需求各不相同，芦淞区提供一企一策全流程服务方案。", "")
                        .replace("30余个", "32个") + "\n";
                try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                        new StringSerializer(), new ByteArraySerializer())) {
                    for (var page : List.of(Map.entry(0, a), Map.entry(2, b))) {
                        RawPage raw = new RawPage(SourceIds.forText(page.getValue()), "p" + page.getKey(), Instant.now(), "UTF-8",
                                page.getValue(), page.getValue().length());
                        p.send(new ProducerRecord<>(Topics.RAW.name(), page.getKey(), raw.sourceId(), Json.write(raw))).get();
                    }
                }
                replay.run(List.of(), null, null);
                String aId = SourceIds.articleId(SourceIds.forText(a), 1);
                String bId = SourceIds.articleId(SourceIds.forText(b), 1);
                assertEquals(List.of(aId), column("SELECT id FROM articles ORDER BY id"));
                assertEquals(List.of(bId + " " + aId + " near"), column("SELECT id || ' ' || duplicate_of || ' ' || method FROM duplicates"));
                assertNotEquals(Pages.articles(a).get(0).contentHash(), Pages.articles(b).get(0).contentHash(),
                        "the copies differ: not an exact duplicate");

                // 2. The seeds, then the same five pages in another layout: a boundary that the layout moves makes a
                // piece that is no copy of a stored article. The rules added ~29; the first learned splitter 9, the
                // one-CONT model with the headline matcher 5, the one-pass model after it 9, the two-pass splitter
                // (layout taken out before the articles are decided) 3.
                Replay.Summary seeds = replay.run(List.of(PipelineScenario.SEEDS), null, null);
                long articles = seeds.store().get("articles");
                Path relaid = Files.createDirectories(stateDir.resolve("relaid"));
                try (var files = Files.list(PipelineScenario.SEEDS)) {
                    for (Path f : files.toList()) {
                        Files.writeString(relaid.resolve(f.getFileName()), NearDuplicateVariants.relayoutPage(Files.readString(f)));
                    }
                }
                Replay.Summary again = replay.run(List.of(relaid), null, null);
                assertEquals(5, again.pagesSent());
                assertTrue(again.duplicates() > 0);
                long added = again.store().get("articles") - articles;
                System.out.printf("re-laid-out seed pages added %d articles to the %d the store held%n", added, articles);
                assertTrue(added <= RELAID_ADDED_CEILING, "re-laid-out copies added " + added + " articles: " + again);
            }
        }
    }

    /**
     * What the shipped splitter adds when the seeds come again re-laid at 16 characters (measured: 3 to the 46 the store
     * held; with the wide cohesion measure alone 3 to 45; before it 4 to 44; the splitter trained on chained stories only, before 2026-11-28:
     * 3 to 48).
     */
    static final long RELAID_ADDED_CEILING = 3;

    private List<String> column(String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc()); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
