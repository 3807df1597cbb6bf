package io.newspipe.text.ner;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.text.ChineseNames;
import io.newspipe.text.Hashing;

import java.util.Arrays;
import java.util.List;

/**
 * The features of each character of a sentence, as strings: characters and character n-grams around it, character
 * classes, name/place/organisation cues, and HanLP's own reading stacked in (the part of speech of the word the
 * character falls in, with its position in that word: HanLP's name, place and organisation recognition becomes
 * evidence the model weighs, not the answer). Thread-safe if the segment is (HanLP's Viterbi segment is).
 */
public final class CharFeatures {
    private static final String PLACE_SUFFIX = "省市县区镇乡村州岛山河湖江海港湾国洲路街";
    /** Characters that spell foreign names (克林顿, 阿维兰热, 库马拉通加): a cue for their extent. */
    private static final String TRANSLITERATION = "阿埃艾爱安奥巴芭拜班邦贝本比彼毕宾波伯博布达戴丹德登迪蒂丁杜多厄恩尔法范菲费芬弗福"
            + "盖冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考科克肯库奎拉莱赖兰朗劳勒雷里利莉列林琳卢鲁路伦罗洛马玛迈麦曼"
            + "梅门蒙米密明摩莫姆穆纳娜奈南内尼妮纽努诺帕派潘佩彭皮普奇齐契恰乔切琴丘萨塞桑瑟森沙舍什施斯松苏索塔泰坦汤唐特"
            + "图托瓦万旺威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤于泽扎詹兹佐";
    private static final String ORG_SUFFIX = "局委会院部厅所校行司队社馆厂团处办组党军团盟署站台报";
    private static final byte[] CLASSES = classes();
    /** Dictionary marks by nature (name, place, organisation) and position (first, inside, last): no concatenation. */
    private static final String[][] MARKS = {{"nrB", "nrI", "nrE"}, {"nsB", "nsI", "nsE"}, {"ntB", "ntI", "ntE"}};

    private final Segment segment;

    public CharFeatures(Segment segment) {
        this.segment = segment;
    }

    /** features[i] are the features of character i, each a 64-bit hash of its template and its characters. */
    public long[][] of(String s) {
        return of(s, segment.seg(s));
    }

    /** The same, from a segmentation of {@code s} already made with this featurizer's segment settings. */
    public long[][] of(String s, List<Term> terms) {
        int n = s.length();
        String[] nature = new String[n];
        String[] position = new String[n];
        String[] word = new String[n];
        String[] anyWord = new String[n];
        long[] wordHash = new long[n];
        long[] anyWordHash = new long[n];
        int[] wordLength = new int[n];
        int at = 0;
        for (Term t : terms) {
            String nat = t.nature == null ? "x" : t.nature.toString();
            String coarse = nat.startsWith("nr") ? "nr" : nat.startsWith("ns") ? "ns" : nat.startsWith("nt") ? "nt"
                    : nat.length() > 1 ? nat.substring(0, 1) : nat;
            int len = t.word.length();
            for (int k = 0; k < len && at + k < n; k++) {
                nature[at + k] = coarse;
                position[at + k] = len == 1 ? "S" : k == 0 ? "B" : k == len - 1 ? "E" : "M";
                word[at + k] = coarse.startsWith("n") && coarse.length() == 2 ? t.word : null;
                anyWord[at + k] = t.word;
                wordLength[at + k] = len;
            }
            // A word's characters share its string: hash it once, finish per character with its position.
            long named = prefix(22, t.word);
            long any = prefix(23, t.word);
            for (int k = 0; k < len && at + k < n; k++) {
                wordHash[at + k] = named;
                anyWordHash[at + k] = any;
            }
            at += len;
        }
        String[] dict = dictionaryMarks(s);
        long[][] out = new long[n][];
        long[] f = new long[32];
        for (int i = 0; i < n; i++) {
            int k = 0;
            char c = s.charAt(i);
            char p2 = at(s, i - 2);
            char p1 = at(s, i - 1);
            char n1 = at(s, i + 1);
            char n2 = at(s, i + 2);
            f[k++] = h(1, 'b');
            f[k++] = h(2, c);
            f[k++] = h(3, p1);
            f[k++] = h(4, n1);
            f[k++] = h(5, p2);
            f[k++] = h(6, n2);
            f[k++] = h(7, p1, c);
            f[k++] = h(8, c, n1);
            f[k++] = h(9, p2, p1);
            f[k++] = h(10, n1, n2);
            f[k++] = h(11, p1, c, n1);
            f[k++] = h(12, type(s, i - 1), type(s, i), type(s, i + 1));
            f[k++] = h(13, p1, n1);
            f[k++] = h(14, tl(s, i - 1), tl(s, i), tl(s, i + 1));
            if (ChineseNames.isModelCueSurname(c)) {
                f[k++] = h(15, 's');
            }
            if (PLACE_SUFFIX.indexOf(c) >= 0) {
                f[k++] = h(16, 'p');
            }
            if (ORG_SUFFIX.indexOf(c) >= 0) {
                f[k++] = h(17, 'o');
            }
            String nat = nature[i] == null ? "x" : nature[i];
            char pos = position[i] == null ? 'X' : position[i].charAt(0);
            f[k++] = h(18, nat, pos);
            f[k++] = i > 0 && nature[i - 1] != null ? h(19, nature[i - 1], position[i - 1].charAt(0)) : h(19, "^", '^');
            f[k++] = i + 1 < n && nature[i + 1] != null ? h(20, nature[i + 1], position[i + 1].charAt(0)) : h(20, "$", '$');
            f[k++] = h(21, nat, pos, c);
            if (word[i] != null) {
                f[k++] = finish(step(wordHash[i], pos));
            }
            if (anyWord[i] != null) {
                f[k++] = finish(step(anyWordHash[i], pos));
                f[k++] = h(24, (char) ('0' + Math.min(wordLength[i], 4)), pos);
            }
            if (dict[i] != null) {
                f[k++] = h(25, dict[i], ' ');
            }
            out[i] = Arrays.copyOf(f, k);
        }
        return out;
    }

    private static char at(String s, int i) {
        return i < 0 ? '\u0002' : i >= s.length() ? '\u0003' : s.charAt(i);
    }

    /** FNV-1a over the template number and the parts, then a 64-bit finaliser; never 0. Fixed arities: no arrays. */
    private static long h(int template, char a) {
        return finish(step(start(template), a));
    }

    private static long h(int template, char a, char b) {
        return finish(step(step(start(template), a), b));
    }

    private static long h(int template, char a, char b, char c) {
        return finish(step(step(step(start(template), a), b), c));
    }

    private static long start(int template) {
        return (Hashing.FNV_OFFSET ^ template) * Hashing.FNV_PRIME;
    }

    private static long step(long x, char c) {
        return (x ^ c) * Hashing.FNV_PRIME;
    }

    private static long h(int template, String part, char extra) {
        return finish(step(prefix(template, part), extra));
    }

    /** The hash state after the template and a string, before the characters that follow it. */
    private static long prefix(int template, String part) {
        long x = start(template);
        for (int i = 0; i < part.length(); i++) {
            x = step(x, part.charAt(i));
        }
        return step(x, (char) 0xFFFF);
    }

    private static long h(int template, String part, char extra, char more) {
        return finish(step(step(prefix(template, part), extra), more));
    }

    /** Feature keys are never 0: the model's table reserves 0 for "empty". */
    private static long finish(long z) {
        z = Hashing.splitMix64(z);
        return z == 0 ? 1 : z;
    }

    /**
     * For each character, the longest word of HanLP's core dictionary (2 to 6 characters) tagged as a name, place or
     * organisation that covers it, as nature + position ("ns-B"): every dictionary match, not only the segmenter's
     * path. One pass of the dictionary's trie searcher over the line.
     */
    static String[] dictionaryMarks(String s) {
        String[] marks = new String[s.length()];
        int[] covered = new int[s.length()];
        var searcher = com.hankcs.hanlp.dictionary.CoreDictionary.trie.getSearcher(s, 0);
        while (searcher.next()) {
            int len = searcher.length;
            int nat = len < 2 || len > 6 ? -1 : entityNature(searcher.value);
            if (nat < 0) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                int i = searcher.begin + k;
                if (covered[i] < len) {
                    covered[i] = len;
                    marks[i] = MARKS[nat][k == 0 ? 0 : k == len - 1 ? 2 : 1];
                }
            }
        }
        return marks;
    }

    /** 0 name, 1 place, 2 organisation (the first such nature of the word), -1 none. */
    private static int entityNature(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a) {
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
            String t = n.toString();
            if (t.startsWith("nr")) {
                return 0;
            }
            if (t.startsWith("ns")) {
                return 1;
            }
            if (t.startsWith("nt")) {
                return 2;
            }
        }
        return -1;
    }

    private static char tl(String s, int i) {
        return i >= 0 && i < s.length() && CLASSES[s.charAt(i)] < 0 ? '1' : '0';
    }

    private static char type(String s, int i) {
        return i < 0 || i >= s.length() ? '_' : (char) Math.abs(CLASSES[s.charAt(i)]);
    }

    /** The class of every char ('d', 'a', 'h', 'p'), negated for the transliteration characters: one array read. */
    private static byte[] classes() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char type = Character.isDigit(c) ? 'd' : c < 128 && Character.isLetter(c) ? 'a'
                    : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 'h' : 'p';
            out[c] = (byte) (TRANSLITERATION.indexOf(c) >= 0 ? -type : type);
        }
        return out;
    }
}
