package io.newspipe.text.dedup;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {
    private final MinHash minHash = new MinHash(new Shingles(4), 16, 4);

    @Test
    void theEstimateTracksJaccardAndNearCopiesShareABand() {
        String a = "衡阳市深度服务国家战略，以多维度创新实践，打破单一园区发展局限，构建起覆盖产业筑基、区域协同、民生升级的全链条智能衡器计量产业发展格局。"
                + "今年5月20日，首开区正式启用。园区采用企业加联盟的模式，围绕测量、计量、检验、检测四大核心领域开展招商工作。";
        String b = a.replace("今年5月20日，首开区正式启用。", "");
        long[] sa = minHash.signature(a);
        long[] sb = minHash.signature(b);
        double est = MinHash.estimate(sa, sb);
        assertTrue(est > 0.6 && est < 0.95, "one sentence of three dropped: " + est);
        Set<String> shared = new HashSet<>(Arrays.asList(minHash.bandKeys(sa)));
        shared.retainAll(Arrays.asList(minHash.bandKeys(sb)));
        assertTrue(!shared.isEmpty());
        String other = "郴州法院通过先行调解程序化解纠纷5398件，带动郴州两级法院审判执行案件平均结案时间优于全省均值。";
        Set<String> none = new HashSet<>(Arrays.asList(minHash.bandKeys(minHash.signature(other))));
        none.retainAll(Arrays.asList(minHash.bandKeys(sa)));
        assertTrue(none.isEmpty());
    }

    @Test
    void theSCurveOfTheDefaults() {
        assertTrue(minHash.candidateProbability(0.74) > 0.99);
        assertTrue(minHash.candidateProbability(0.1) < 0.01);
        assertEquals(16, minHash.bandKeys(minHash.signature("正文")).length);
    }
}
