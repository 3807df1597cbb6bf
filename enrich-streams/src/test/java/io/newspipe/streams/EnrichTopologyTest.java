package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.DeadLetter;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Json;
import io.newspipe.model.PageLimits;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.page.Pages;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrichTopologyTest {
    private static ArticleEnricher enricher;
    private int sent;
    private static List<RawPage> seeds;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> enriched;
    private TestOutputTopic<String, DuplicateRecord> duplicates;
    private TestOutputTopic<String, DeadLetter> dlq;

    @BeforeAll
    static void loadSeeds() throws Exception {
        enricher = new ArticleEnricher();
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                seeds.add(new RawPage(SourceIds.forBytes(bytes), f.getFileName().toString(), Instant.EPOCH, "UTF-8",
                        new String(bytes, StandardCharsets.UTF_8), bytes.length));
            }
        }
    }

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(EnrichTopology.topology(enricher, 3, NearDuplicates.DEFAULTS, StageMetrics.NONE),
                EnrichTopology.streamsConfig("dummy:9092", stateDir, 1, PageLimits.DEFAULTS, 1));
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), Topics.DUPLICATES.keySerde().deserializer(),
                Topics.DUPLICATES.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), Topics.DLQ.keySerde().deserializer(),
                Topics.DLQ.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(RawPage p) {
        // One second apart, in the order sent, as the producer stamps pages: the earlier copy is the one sent first.
        raw.pipeInput(p.sourceId(), Json.write(p), Instant.parse("2026-11-24T08:00:00Z").plusSeconds(sent++));
    }

    @Test
    void everySeedArticleIsEnrichedOnceKeyedById() {
        int expected = 0;
        for (RawPage p : seeds) {
            send(p);
            expected += Pages.articles(p).size();
        }
        var out = enriched.readKeyValuesToList();
        assertEquals(expected, out.size());
        for (var kv : out) {
            assertEquals(kv.key, kv.value.id());
            assertNotNull(kv.value.metrics());
            assertNull(kv.value.duplicateOf());
            assertTrue(kv.value.body().length() > 0);
        }
        assertTrue(out.stream().mapToInt(kv -> kv.value.entities().size()).sum() > out.size(),
                "most articles name somebody or somewhere");
        assertTrue(duplicates.isEmpty());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void entitiesAreCountedPerDay() {
        RawPage page = seeds.get(0);
        raw.pipeInput(page.sourceId(), Json.write(page), Instant.parse("2026-11-24T09:00:00Z"));
        List<Article> out = enriched.readValuesToList();
        var daily = driver.createOutputTopic(Topics.ENTITIES_DAILY.name(), Topics.ENTITIES_DAILY.keySerde().deserializer(),
                Topics.ENTITIES_DAILY.valueSerde().deserializer()).readKeyValuesToMap();
        var first = out.get(0).entities().get(0);
        long expectedMentions = out.stream().flatMap(a -> a.entities().stream())
                .filter(e -> e.type() == first.type() && e.text().equals(first.text()))
                .mapToLong(io.newspipe.model.Entity::mentions).sum();
        var total = daily.get("2026-11-24|" + first.type() + "|" + first.text());
        assertEquals(expectedMentions, total.mentions());
        assertEquals("2026-11-24", total.day());
        assertTrue(total.articles() >= 1);
    }

    @Test
    void aReplayedPageIsADuplicateAndAddsNoArticle() {
        RawPage page = seeds.get(2);
        send(page);
        int first = enriched.readValuesToList().size();
        send(page);
        assertTrue(enriched.isEmpty());
        DuplicateRecord d = duplicates.readValue();
        assertEquals("replay", d.method());
        assertEquals(page.sourceId(), d.duplicateOf());
        assertTrue(first > 0);
    }

    @Test
    void aPageSentAgainWithTheTimeItWasFirstSentIsARedeliveryAndLeavesNoRecord() {
        // What the producer does after a crash: a page acked before the ledger recorded it goes again, with the time
        // reserved for it. The store must end as an uninterrupted run's: no replay record, no article twice.
        RawPage page = seeds.get(2);
        Instant reserved = Instant.parse("2026-11-24T08:00:00Z");
        raw.pipeInput(page.sourceId(), Json.write(page), reserved);
        int first = enriched.readValuesToList().size();
        raw.pipeInput(page.sourceId(), Json.write(page), reserved);
        assertTrue(first > 0);
        assertTrue(enriched.isEmpty());
        assertTrue(duplicates.isEmpty(), () -> duplicates.readValuesToList().toString());
        // One millisecond later it is a replay again: another send of the same bytes.
        raw.pipeInput(page.sourceId(), Json.write(page), reserved.plusMillis(1));
        assertEquals("replay", duplicates.readValue().method());
    }

    @Test
    void theSameStoryInAnotherLayoutIsAnExactDuplicateOfTheFirst() {
        String story = "衡阳日报讯（全媒体记者 向吟）近日，某区召开工作会议，总结2024年工作，安排部署2025年工作。\n"
                + "会议要求，全区各级部门要深学细悟，做好思想引领工作，引导群众听党话、跟党走。";
        // The same text in a 14-character column, justified, under its headline, with a different byline style.
        String relaid = "某区召开工作会议\n 近日，某区召开工作会议，总\n结 2024 年 工 作 ，安排部署\n2025年工作。\n"
                + " 会议要求，全区各级部门要深\n学细悟，做好思想引领工作，\n引导群众听党话、跟党走。\n（向吟）\n";
        RawPage a = new RawPage(SourceIds.forText(story), "a.txt", Instant.EPOCH, "UTF-8", story, story.length());
        RawPage b = new RawPage(SourceIds.forText(relaid), "b.txt", Instant.EPOCH, "UTF-8", relaid, relaid.length());
        send(a);
        send(b);
        List<Article> out = enriched.readValuesToList();
        assertEquals(1, out.size());
        DuplicateRecord d = duplicates.readValue();
        assertEquals("exact", d.method());
        assertEquals(out.get(0).id(), d.duplicateOf());
        assertEquals(SourceIds.articleId(b.sourceId(), 1), d.id());
    }

    private static RawPage page(String text) {
        return new RawPage(SourceIds.forText(text), "p.txt", Instant.EPOCH, "UTF-8", text, text.length());
    }

    private static final String STORY = "今年以来，株洲市芦淞区制定企业办事不求人升级版工作方案，开展联企干部公示制，重点梳理辖区内250家规模以上工业企业。"
            + "完善问题交办机制，形成问题交办制、限时办结制、挂号督办制、回访评价制。成立由区领导为组长的工作专班，每季度召开至少1次企业问题调度会。"
            + "企业需求各不相同，芦淞区提供一企一策全流程服务方案。湖南青尚能源科技有限公司成立时间短，固定资产少，无法通过资产抵押方式申请贷款。"
            + "工作专班主动联系工商银行上门服务，一周内解决企业需求。芦淞区升级版工作方案实施以来，收到40家企业反馈问题，目前已为企业解决问题30余个。";

    @Test
    void theSameStoryLightlyEditedOnAnotherPageIsANearDuplicate() {
        String edited = STORY.replace("企业需求各不相同，芦淞区提供一企一策全流程服务方案。", "").replace("30余个", "32个");
        send(page("企业办事不求人\n" + STORY + "（张永琼）\n"));
        send(page("芦淞区升级企业服务\n李明 王刚\n" + edited + "\n"));
        List<Article> out = enriched.readValuesToList();
        assertEquals(1, out.size());
        DuplicateRecord d = duplicates.readValue();
        assertEquals("near", d.method());
        assertEquals(out.get(0).id(), d.duplicateOf());
        assertTrue(d.similarity() > 0.75 && d.similarity() < 1.0, "similarity " + d.similarity());
    }

    @Test
    void aCopyThatWasLetThroughBeforeTheEarlierOneArrivedIsRetracted() {
        String edited = STORY.replace("企业需求各不相同，芦淞区提供一企一策全流程服务方案。", "").replace("30余个", "32个");
        RawPage earlier = page("企业办事不求人\n" + STORY + "（张永琼）\n");
        RawPage later = page("芦淞区升级企业服务\n李明 王刚\n" + edited + "\n");
        // The later copy (by time) is processed first, as happens when its partition runs ahead.
        raw.pipeInput(later.sourceId(), Json.write(later), Instant.parse("2026-11-24T09:00:05Z"));
        raw.pipeInput(earlier.sourceId(), Json.write(earlier), Instant.parse("2026-11-24T09:00:00Z"));
        var out = enriched.readKeyValuesToList();
        String laterId = SourceIds.articleId(later.sourceId(), 1);
        String earlierId = SourceIds.articleId(earlier.sourceId(), 1);
        List<Article> laterRecords = out.stream().filter(kv -> kv.key.equals(laterId)).map(kv -> kv.value).toList();
        assertEquals(2, laterRecords.size());
        assertNotNull(laterRecords.get(0), "let through at first");
        assertNull(laterRecords.get(1), "then a tombstone retracts the copy let through too early");
        assertEquals(1, out.stream().filter(kv -> kv.key.equals(earlierId) && kv.value != null).count());
        DuplicateRecord d = duplicates.readValue();
        assertEquals(laterId, d.id());
        assertEquals(earlierId, d.duplicateOf());
        assertEquals("near", d.method());
        assertTrue(duplicates.isEmpty(), () -> duplicates.readValuesToList().toString());
    }

    @Test
    void anExactCopyThatCameFirstKeepsItsPlaceWhateverOrderTheyArriveIn() {
        RawPage earlier = page("企业办事不求人\n" + STORY + "（张永琼）\n");
        RawPage later = page("办事不求人升级版\n" + STORY + "\n");
        // Both pages hold the same body; the later one (by time) reaches the exact stage first.
        raw.pipeInput(later.sourceId(), Json.write(later), Instant.parse("2026-11-24T09:00:05Z"));
        raw.pipeInput(earlier.sourceId(), Json.write(earlier), Instant.parse("2026-11-24T09:00:00Z"));
        String laterId = SourceIds.articleId(later.sourceId(), 1);
        String earlierId = SourceIds.articleId(earlier.sourceId(), 1);
        var out = enriched.readKeyValuesToList();
        assertEquals(1, out.stream().filter(kv -> kv.key.equals(earlierId) && kv.value != null).count(), out::toString);
        assertNull(out.stream().filter(kv -> kv.key.equals(laterId)).reduce((x, y) -> y).orElseThrow().value,
                "the later copy, let through first, is retracted");
        DuplicateRecord d = duplicates.readValue();
        assertEquals(laterId, d.id());
        assertEquals(earlierId, d.duplicateOf());
        assertEquals("exact", d.method(), "the same body is an exact copy, whichever stage saw it");
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void aCopyDroppedAgainstALaterCanonicalCopyIsRecordedAgainNamingTheEarliest() {
        // Three copies of one body; after a crash the two later ones reach the exact stage before the earliest.
        RawPage earliest = page("企业办事不求人\n" + STORY + "（张永琼）\n");
        RawPage middle = page("办事不求人升级版\n" + STORY + "\n");
        RawPage last = page("芦淞区服务企业\n" + STORY + "\n");
        raw.pipeInput(middle.sourceId(), Json.write(middle), Instant.parse("2026-11-24T09:00:05Z"));
        raw.pipeInput(last.sourceId(), Json.write(last), Instant.parse("2026-11-24T09:00:09Z"));
        raw.pipeInput(earliest.sourceId(), Json.write(earliest), Instant.parse("2026-11-24T09:00:00Z"));
        String earliestId = SourceIds.articleId(earliest.sourceId(), 1);
        java.util.Map<String, String> named = new java.util.HashMap<>();
        duplicates.readValuesToList().forEach(d -> named.put(d.id(), d.duplicateOf()));
        assertEquals(java.util.Map.of(SourceIds.articleId(middle.sourceId(), 1), earliestId,
                SourceIds.articleId(last.sourceId(), 1), earliestId), named, "the last verdict per copy names the earliest");
    }

    @Test
    void aStoryThatSharesSomeSentencesWithAnEarlierOneIsKeptAndLinkedToIt() {
        String[] sentences = STORY.split("(?<=。)");
        String other = "东洞庭湖国际重要湿地是中国首批国际重要湿地之一。岳阳市先后出台湿地保护规划和湿地修复方案。"
                + "全市湿地划分为国际重要湿地、省级重要湿地和一般湿地。已发布34块一般湿地名录，对不同等级湿地实施量身定制保护。";
        // The second story repeats six of the first one's seven sentences, after four of its own.
        String second = other + String.join("", java.util.Arrays.copyOf(sentences, 6)) + "湿地保护工作得到群众广泛支持。";
        send(page("芦淞区企业服务\n" + STORY + "\n"));
        send(page("湿地保护见成效\n" + second + "\n"));
        List<Article> out = enriched.readValuesToList();
        assertEquals(2, out.size(), "a different story is never dropped");
        assertTrue(duplicates.isEmpty());
        assertEquals(List.of(out.get(0).id()), out.get(1).related().stream().map(r -> r.id()).toList());
        double similarity = out.get(1).related().get(0).similarity();
        assertTrue(similarity >= 0.2 && similarity < 0.6, "similarity " + similarity);
    }

    @Test
    void distinctStoriesSharingBoilerplateAreBothKept() {
        String head = "衡阳日报讯（全媒体记者 向吟 通讯员 李明）近日，记者从有关部门获悉：";
        String tail = "下一步，我们将继续坚持稳中求进工作总基调，为建设现代化新衡阳贡献力量。";
        send(page(head + STORY + tail + "（向吟）\n"));
        send(page(head + "东洞庭湖国际重要湿地是中国首批国际重要湿地之一。岳阳市先后出台湿地保护规划、东洞庭湖国际重要湿地修复方案，"
                + "构建一湖一带六廊道多节点全域保护格局。按照湿地保护区加国家湿地公园流域性保护框架，将全市湿地明确划分为国际重要湿地、"
                + "省级重要湿地和一般湿地，已发布34块一般湿地名录，对不同等级湿地实施量身定制保护。" + tail + "（向吟）\n"));
        assertEquals(2, enriched.readValuesToList().size());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void badInputGoesToTheDeadLetterTopicAndTheRestFlows() {
        raw.pipeInput("junk", "{not json".getBytes(StandardCharsets.UTF_8));
        RawPage empty = new RawPage("e", "empty.txt", Instant.EPOCH, "UTF-8", "   \n ", 5);
        send(empty);
        send(seeds.get(0));
        DeadLetter parse = dlq.readValue();
        assertEquals("repair", parse.stage());
        assertEquals("junk", parse.key());
        assertEquals("{not json", parse.value());
        assertEquals(Topics.RAW.name(), parse.topic());
        DeadLetter split = dlq.readValue();
        assertEquals("split", split.stage());
        assertTrue(split.error().contains("no text"), split.error());
        assertEquals(Pages.articles(seeds.get(0)).size(), enriched.readValuesToList().size());
    }

    @Test
    void aHugePageWithoutLineBreaksIsADeadLetterNotACrashAndThePagesAfterItFlow() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("网格员第").append(i).append("次走访社区，了解居民的用水用电和出行问题，当天协调解决。");
        }
        RawPage huge = new RawPage("huge", "huge.txt", Instant.EPOCH, "UTF-8", text.toString(), 600_000);
        send(huge);
        send(seeds.get(0));
        DeadLetter d = dlq.readValue();
        assertEquals("split", d.stage());
        assertTrue(d.error().contains("over the limit of 100000"), d.error());
        assertEquals(Pages.articles(seeds.get(0)).size(), enriched.readValuesToList().size());
    }
}
