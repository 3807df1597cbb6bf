package io.newspipe.text.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimHashTest {
    private static final String BODY = "近年来，长沙市天心区以党建为纽带，将党组织的政治优势、组织优势转化为基层治理效能。"
            + "今年以来，全区12345热线工单回访满意度达90.11%，问题解决率达86.5%。"
            + "每个网格实行“1+1+N”人员模式，即每个网格配备1个党组织、1名网格长和若干网格员。"
            + "“我们给每个网格都建立了‘民情档案’，哪户有独居老人、哪栋有设施隐患一目了然。”";
    private final SimHash simHash = new SimHash(new Shingles(3));

    @Test
    void layoutDoesNotMoveTheFingerprintAndALightEditMovesItLittle() {
        String relaid = BODY.replaceAll("(.{15})", "$1\n").replace("，", " ， ");
        assertEquals(simHash.of(BODY), simHash.of(relaid));
        String edited = BODY.replace("90.11%", "91.3%");
        int d = SimHash.distance(simHash.of(BODY), simHash.of(edited));
        assertTrue(d > 0 && d <= 8, "a changed number moves a few bits: " + d);
    }

    @Test
    void unrelatedTextsAreAboutHalfTheBitsApart() {
        String other = "衡阳，这座因南岳衡山而得名的城市，自古以来就与“衡”字结下了不解之缘。从古老的度量衡制造，"
                + "到现代智能计量产业的蓬勃兴起，一条清晰的产业脉络贯穿千年，见证着这座城市的发展与变迁。";
        int d = SimHash.distance(simHash.of(BODY), simHash.of(other));
        assertTrue(d > 16, "unrelated bodies differ widely: " + d);
    }
}
