package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.Segment;
import io.newspipe.text.ner.BioSentence.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composition step alone, on the tagger's mentions as given here (so a change of the model cannot hide a change
 * of the rules). The sentences are made up for the test; no seed page's names.
 */
class MentionComposerTest {
    private static final Segment SEGMENT = EntityExtractor.segment();
    private static final MentionComposer COMPOSER = new MentionComposer(Gazetteer.shared());

    private static List<String> compose(String line, Span... tagged) {
        return COMPOSER.compose(line, List.of(tagged), SEGMENT.seg(line)).stream()
                .map(s -> s.type() + ":" + line.substring(s.start(), s.end())).toList();
    }

    private static Span span(String line, String text, String type) {
        int at = line.indexOf(text);
        return new Span(at, at + text.length(), type);
    }

    @Test
    void aPlaceTakesTheOrganisationChainAfterIt() {
        String line = "湘潭县公安局花石派出所民警介绍了情况。";
        assertEquals(List.of("ORG:湘潭县公安局花石派出所"), compose(line, span(line, "湘潭县", "LOC")));
    }

    @Test
    void aChainOfPlacesStaysItsParts() {
        String line = "岳阳县新墙镇的村民说。";
        List<String> out = compose(line, span(line, "岳阳县", "LOC"));
        assertEquals(List.of("LOC:岳阳县", "LOC:新墙镇"), out);
    }

    @Test
    void aLineOfNamesIsAByline() {
        assertEquals(List.of("PER:刘建华", "PER:周小红"), compose("刘建华 周小红"));
        assertEquals(List.of("PER:刘建华", "PER:周小红"), compose("（刘建华 周小红）"));
    }

    @Test
    void namesGluedTogetherAreCutApart() {
        String line = "王建国李雪在现场。";
        assertEquals(List.of("PER:王建国", "PER:李雪"), compose(line, span(line, "王建国李雪", "PER")));
    }

    @Test
    void reportersAfterTheirRoleAreNames() {
        String line = "本报讯（记者王晓明 通讯员刘芳）昨日，会议召开。";
        List<String> out = compose(line);
        assertTrue(out.containsAll(List.of("PER:王晓明", "PER:刘芳")), out::toString);
    }

    @Test
    void singleCharactersGoUnlessTheyAbbreviateACountryOrProvince() {
        String line = "黄说中美合作很好。";
        List<String> out = compose(line, span(line, "黄", "PER"), span(line, "美", "LOC"));
        assertEquals(List.of("LOC:美"), out);
    }

    @Test
    void aCompanyShortNameAfterAListMarkIsAnOrganisation() {
        String line = "园区引进了蓝岳科技、明澄机械等企业。";
        List<String> out = compose(line);
        assertTrue(out.contains("ORG:蓝岳科技") && out.contains("ORG:明澄机械"), out::toString);
        assertFalse(compose("他们努力探索科技强军之路。").stream().anyMatch(s -> s.startsWith("ORG")));
    }

    @Test
    void aRegisteredCompanyNameIsTakenWhole() {
        String line = "近日，长沙云岚智能科技有限公司发布新品。";
        List<String> out = compose(line, span(line, "科技有限公司", "ORG"));
        assertEquals(List.of("ORG:长沙云岚智能科技有限公司"), out);
    }

    @Test
    void anOrganisationThatRunsPastItsSuffixIsCutThere() {
        String line = "株洲市第三中学英语教师讲课。";
        List<String> out = compose(line, span(line, "株洲市第三中学英语", "ORG"));
        assertEquals(List.of("ORG:株洲市第三中学"), out);
    }

    @Test
    void bareSuffixesAndQuotedBrandsAreNotNames() {
        String line = "这个中心推出“安心宝”小程序。";
        List<String> out = compose(line, span(line, "中心", "ORG"), span(line, "安心宝", "PER"));
        assertEquals(List.of(), out);
    }

    @Test
    void theItemsOfAListOfCompaniesAreCompanies() {
        String line = "园区吸引了云帆智联、湖南青禾、北斗星等一批企业入驻。";
        List<String> out = compose(line, span(line, "湖南", "LOC"), span(line, "北斗星", "PER"));
        assertTrue(out.containsAll(List.of("ORG:云帆智联", "ORG:湖南青禾", "ORG:北斗星")), out::toString);
        assertFalse(compose("拜访企业、商协会、机构等500家。").stream().anyMatch(s -> s.startsWith("ORG")));
    }

    @Test
    void aPlaceMentionOverTwoDivisionsIsCutInTwo() {
        String line = "近年来，株洲市芦淞区以党建为纽带。";
        assertEquals(List.of("LOC:株洲市", "LOC:芦淞区"), compose(line, span(line, "株洲市芦淞区", "LOC")));
    }

    @Test
    void aBareSuffixStartingAMentionBelongsToTheOneBefore() {
        String line = "近日，雨花区井湾子街道新塘社区的居民说。";
        List<String> out = compose(line, span(line, "井湾子", "LOC"), span(line, "街道新塘社区", "LOC"));
        assertTrue(out.contains("LOC:井湾子街道"), out::toString);
        assertFalse(out.stream().anyMatch(s -> s.startsWith("LOC:街道")), out::toString);
    }

    @Test
    void aCityBodyIsAnOrganisation() {
        String line = "与此同时，岳阳市政府盘活了闲置厂房。";
        assertEquals(List.of("ORG:岳阳市政府"), compose(line, span(line, "岳阳市", "LOC")));
    }
}
