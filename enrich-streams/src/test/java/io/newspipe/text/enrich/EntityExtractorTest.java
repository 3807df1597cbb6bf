package io.newspipe.text.enrich;

import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityExtractorTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();
    private static final String TEXT = "服务队队长李乐荣介绍，冷水江市民李先生在衡阳市参加活动。李乐荣表示，将继续努力。";

    @Test
    void findsPeoplePlacesWithOffsetsAndDropsGenericForms() {
        List<Entity> e = EXTRACTOR.extract(TEXT);
        Entity person = e.stream().filter(x -> x.text().equals("李乐荣")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(2, person.mentions());
        assertEquals(TEXT.indexOf("李乐荣"), person.offsets().get(0));
        assertTrue(e.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals("衡阳市")), e::toString);
        assertFalse(e.stream().anyMatch(x -> x.text().equals("李先生")), e::toString);
    }

    @Test
    void genericFormsAreNotNamesAndOrganisationsKeepTheirPlace() {
        assertFalse(EntityExtractor.accept("PER", "王某"));
        assertFalse(EntityExtractor.accept("PER", "李阿姨"));
        assertTrue(EntityExtractor.accept("PER", "李乐荣"));
        assertTrue(EntityExtractor.accept("PER", "克林顿"), "foreign names have no Chinese surname");
        assertFalse(EntityExtractor.accept("LOC", "2024"));
        List<Entity> e = EXTRACTOR.extract("永州市公安局成立全市公安机关专项行动领导小组。");
        assertTrue(e.stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().equals("永州市公安局")), e::toString);
    }

    @Test
    void offsetsPointIntoTheWholeBodyAcrossParagraphs() {
        String body = "第一段没有名字。\n服务队队长李乐荣介绍情况。";
        Entity p = EXTRACTOR.extract(body).stream().filter(x -> x.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("李乐荣", body.substring(p.offsets().get(0), p.offsets().get(0) + p.text().length()));
    }

    @Test
    void oneInstanceIsSafeAcrossThreads() throws Exception {
        List<Entity> expected = EXTRACTOR.extract(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> EXTRACTOR.extract(TEXT))).toList();
            for (Future<List<Entity>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
