package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylinesTest {
    @Test
    void recognisesEachBylineStyleAndDropsRoles() {
        assertEquals(List.of("张福芳", "付柯瞰"), Bylines.names("张福芳 付柯瞰"));
        assertEquals(List.of("单建华", "杨情陆"), Bylines.names("（单建华 杨情陆）"));
        assertEquals(List.of("伍施施", "杨逵", "何芬"), Bylines.names("衡阳日报全媒体记者 伍施施 通讯员 杨逵 何芬"));
        assertEquals(List.of("唐突"), Bylines.names("唐 突"));
        assertEquals(List.of("李丽", "郑志祥"), Bylines.names("（李丽郑志祥）"));
        assertArrayEquals(new String[]{"实现基层治理大提升。", "单建华杨情陆"}, Bylines.splitClosing("实现基层治理大提升。（单建华杨情陆）"));
        assertTrue(Bylines.isStandaloneByline("张福芳 付柯瞰"));
        assertTrue(Bylines.isStandaloneByline("(左玲 蒋开玮 陆益平)"));
        assertTrue(Bylines.isStandaloneByline("曾榆捷"));
        assertTrue(Bylines.isStandaloneByline("（刘志军 程 俐）"));
        assertEquals(List.of("刘志军", "程俐"), Bylines.names("（刘志军 程 俐）"));
        assertTrue(Bylines.isStandaloneByline("陈卫林 陈 程 李礼壹 李寒露"));
        assertTrue(Bylines.isRoleByline("衡阳日报全媒体记者 伍施施 通讯员 杨逵 何芬"));
    }

    @Test
    void aShortHeadingIsNotAByline() {
        assertFalse(Bylines.isStandaloneByline("园丁之歌"));
        assertFalse(Bylines.isStandaloneByline("文以载道 红以铸魂"));
        assertFalse(Bylines.isStandaloneByline("深耕教苑 潜心育苗"));
    }

    @Test
    void splitsADatelineAndAClosingByline() {
        String[] d = Bylines.splitDateline("衡阳日报讯（全媒体记者 向吟）经济发展，电力先行。");
        assertArrayEquals(new String[]{"衡阳日报讯", "全媒体记者 向吟", "经济发展，电力先行。"}, d);
        String[] d2 = Bylines.splitDateline("湖南日报8月26日讯（全媒体记者 张永琼 通讯员 罗金鹏）“没想到”");
        assertEquals(List.of("张永琼", "罗金鹏"), Bylines.names(d2[1]));
        assertNull(Bylines.splitDateline("据了解，东安县（试点县）作为第二批。"));
        assertArrayEquals(new String[]{"为建设新祁阳作出更大的贡献。", "刘志军"}, Bylines.splitClosing("为建设新祁阳作出更大的贡献。（刘志军）"));
        assertNull(Bylines.splitClosing("国家油茶产品质量检验检测中心（湖南）"));
    }

    @Test
    void recognisesPhotoCredits() {
        assertTrue(Bylines.isCaption("张福芳 摄"));
        assertTrue(Bylines.isCaption("图为活动现场。（李四 摄）"));
        assertFalse(Bylines.isCaption("摄影爱好者在湖边拍下了候鸟迁徙的壮观场面，吸引了众多市民驻足观看。"));
    }
}
