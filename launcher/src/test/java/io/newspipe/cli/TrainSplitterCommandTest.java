package io.newspipe.cli;

import io.newspipe.text.learn.LinearChainModel;
import io.newspipe.text.page.LineLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TrainSplitterCommandTest {
    @TempDir
    Path dir;

    @Test
    void severalSeedsWriteTheAverageOfTheModelsEachSeedTrains() throws Exception {
        Path bio = dir.resolve("small.bio");
        Files.writeString(bio, smallCorpus());
        byte[] one = train(bio, "1");
        byte[] three = train(bio, "3");
        byte[] both = train(bio, "1,3");
        assertFalse(Arrays.equals(one, three), "two seeds draw other pages and learn other weights");
        List<LinearChainModel> runs = new ArrayList<>();
        for (byte[] model : List.of(one, three)) {
            try (InputStream in = new ByteArrayInputStream(model)) {
                runs.add(LinearChainModel.read(in, LineLabels.COUNT));
            }
        }
        ByteArrayOutputStream mean = new ByteArrayOutputStream();
        LinearChainModel.average(runs).write(mean);
        assertArrayEquals(mean.toByteArray(), both);
    }

    /** 240 sentences in BIO, naming 30 people and 30 places: the least a pseudo-article source accepts. */
    private static String smallCorpus() {
        String surnames = "王李张刘陈杨黄赵吴周";
        String given = "明华强";
        String[] places = ("长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 吉首 张家界 浏阳 醴陵 湘乡 耒阳 冷水江 涟源 "
                + "武冈 汨罗 津市 沅江 资兴 洪江 韶山 宁乡 攸县 茶陵").split(" ");
        String[] verbs = {"参加了", "主持了", "出席了", "调研了"};
        String[] things = {"全市工作会议", "项目推进会", "春耕生产现场会", "招商引资座谈会"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 240; i++) {
            String name = "" + surnames.charAt(i % 10) + given.charAt(i / 10 % 3);
            String place = places[i % 30];
            tag(out, name, "PER");
            tag(out, "在", null);
            tag(out, place, "LOC");
            tag(out, verbs[i % 4] + "第" + (i + 1) + "次" + things[i / 4 % 4] + "。", null);
            out.append('\n');
        }
        return out.toString();
    }

    private static void tag(StringBuilder out, String text, String type) {
        for (int k = 0; k < text.length(); k++) {
            out.append(text.charAt(k)).append(type == null ? " O" : (k == 0 ? " B-" : " I-") + type).append('\n');
        }
    }

    private byte[] train(Path bio, String seeds) throws Exception {
        Path out = dir.resolve("model-" + seeds.replace(',', '-') + ".bin.gz");
        int exit = new CommandLine(new TrainSplitterCommand()).execute("--topical", "--pages", "6", "--epochs", "2",
                "--seed", seeds, "--out", out.toString(), bio.toString());
        assertEquals(0, exit);
        return Files.readAllBytes(out);
    }
}
