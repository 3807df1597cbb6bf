package io.newspipe.text.dedup;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {
    private final MinHash minHash = NearDuplicates.DEFAULTS.minHash();

    private static final String A = "衡阳市深度服务国家战略，以多维度创新实践，打破单一园区发展局限，构建起覆盖产业筑基、区域协同、民生升级的全链条智能衡器计量产业发展格局。"
            + "今年5月20日，首开区正式启用。园区采用企业加联盟的模式，围绕测量、计量、检验、检测四大核心领域开展招商工作。";

    @Test
    void nearCopiesShareABandAndUnrelatedTextsDoNot() {
        String b = A.replace("今年5月20日，首开区正式启用。", "");
        Set<String> shared = new HashSet<>(Arrays.asList(minHash.bandKeys(minHash.signature(A))));
        shared.retainAll(Arrays.asList(minHash.bandKeys(minHash.signature(b))));
        assertTrue(!shared.isEmpty());
        String other = "郴州法院通过先行调解程序化解纠纷5398件，带动郴州两级法院审判执行案件平均结案时间优于全省均值。";
        Set<String> none = new HashSet<>(Arrays.asList(minHash.bandKeys(minHash.signature(other))));
        none.retainAll(Arrays.asList(minHash.bandKeys(minHash.signature(A))));
        assertTrue(none.isEmpty());
    }

    @Test
    void theSCurveOfTheDefaults() {
        // 16 bands of 3 rows: a same-story pair (Jaccard 0.6) almost always meets; unrelated texts almost never.
        assertTrue(minHash.candidateProbability(0.6) > 0.97);
        assertTrue(minHash.candidateProbability(0.3) > 0.3);
        assertTrue(minHash.candidateProbability(0.05) < 0.01);
        assertEquals(16, minHash.bandKeys(minHash.signature("正文")).length);
        assertEquals(OverlapSketch.HASHES, minHash.signature("正文").length);
        assertThrows(IllegalArgumentException.class, () -> new MinHash(new Shingles(4), 32, 16, 3));
    }
}
