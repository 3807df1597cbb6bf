package io.newspipe.text.enrich;

import io.newspipe.model.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityExtractorTest {
    private final QuantityExtractor q = new QuantityExtractor();

    private Indicator only(String text) {
        List<Indicator> all = q.extract(text);
        assertEquals(1, all.size(), () -> "expected one quantity in " + text + ", got " + all);
        return all.get(0);
    }

    @Test
    void amountsWithMagnitudeAreNormalisedToCny() {
        Indicator i = only("目前，园区签约金额近90亿元。");
        assertEquals("amount", i.kind());
        assertEquals(9.0e9, i.normalized().value(), 1);
        assertEquals("CNY", i.normalized().unit());
        assertTrue(i.approx());
        assertEquals("签约金额", i.subject());
    }

    @Test
    void percentagesAndYearOnYearChanges() {
        Indicator ratio = only("问题解决率达86.5%");
        assertEquals("percent", ratio.kind());
        assertEquals(0.865, ratio.normalized().value(), 1e-9);
        assertEquals("问题解决率", ratio.subject());
        Indicator yoy = only("全市工业用电量同比增长3.47%");
        assertEquals("change_yoy", yoy.kind());
    }

    @Test
    void energyCountsRanksAndMultiples() {
        Indicator kwh = only("全社会用电量累计76.20亿千瓦时");
        assertEquals(7.62e9, kwh.normalized().value(), 1);
        assertEquals(845000000.0, only("单月用电量达8.45亿千瓦时").normalized().value(), "no binary rounding residue");
        assertEquals("kWh", kwh.normalized().unit());
        assertEquals("全社会用电量", kwh.subject());
        assertEquals("count", only("集聚了140多家钟表企业").kind());
        Indicator rank = only("工业用电量位列全省第三");
        assertEquals("rank", rank.kind());
        assertEquals(3, rank.value());
        assertEquals("multiple", only("出口额增长46.91倍").kind());
    }

    @Test
    void chineseNumeralsWithTheirMagnitudes() {
        Indicator money = only("项目总投资三百万元。");
        assertEquals(3_000_000, money.normalized().value(), 1e-6);
        assertEquals("CNY", money.normalized().unit());
        Indicator firms = only("全县引进两千家企业。");
        assertEquals(2000, firms.value());
        assertEquals("count", firms.kind());
        Indicator vague = only("处置突发情况数十起。");
        assertTrue(vague.approx(), "数十 is a round figure");
        assertTrue(q.extract("每个网格固定一个服务电话号码。").isEmpty(), "一个 is a word, not a statistic");
        assertTrue(q.extract("非凡“十四五”桂阳“新答卷”").isEmpty(), "a programme name is not a quantity");
    }

    @Test
    void aChangeWrittenInChineseNumeralsIsAChange() {
        Indicator up = only("全年营业收入增长两千万元。");
        assertEquals("change", up.kind());
        assertEquals(2.0e7, up.normalized().value(), 1);
        assertEquals("CNY", up.normalized().unit());
        assertEquals("change_yoy", only("税收同比减少三百万元。").kind());
    }

    @Test
    void yearsAreNotQuantities() {
        assertTrue(q.extract("2024年11月4日，冷水江市民来到现场。").isEmpty());
    }
}
