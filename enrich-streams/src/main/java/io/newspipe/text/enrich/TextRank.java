package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau 2004) over words the enricher has already segmented: keywords from a co-occurrence
 * graph of content words (window 5), and an extractive summary from a graph of sentences weighted by shared words.
 * Stateless and thread-safe.
 */
public final class TextRank {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    private static final int WINDOW = 5;
    private static final int MAX_SENTENCES = 40;
    private static final Set<String> STOP = Set.of("我们", "他们", "一个", "进行", "工作", "开展", "通过", "没有", "可以", "已经",
            "目前", "今年", "同时", "表示", "以来", "其中", "这个", "这些", "实现", "加强", "推进", "推动", "提升", "全面");

    /** Content words: nouns, verbs, adjectives of two characters or more, stop words left out. */
    static boolean content(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return t.word.length() >= 2 && (n.startsWith("n") || n.startsWith("v") || n.startsWith("a") || n.startsWith("g"))
                && !STOP.contains(t.word);
    }

    public List<String> keywords(List<List<Term>> lines, int k) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (List<Term> line : lines) {
            List<String> words = line.stream().filter(TextRank::content).map(t -> t.word).toList();
            for (int i = 0; i < words.size(); i++) {
                graph.computeIfAbsent(words.get(i), w -> new HashSet<>());
                for (int j = i + 1; j < Math.min(words.size(), i + WINDOW); j++) {
                    if (!words.get(i).equals(words.get(j))) {
                        graph.get(words.get(i)).add(words.get(j));
                        graph.computeIfAbsent(words.get(j), w -> new HashSet<>()).add(words.get(i));
                    }
                }
            }
        }
        List<String> nodes = new ArrayList<>(graph.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        double[][] w = new double[nodes.size()][];
        int[][] edges = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            edges[i] = graph.get(nodes.get(i)).stream().mapToInt(index::get).toArray();
            w[i] = new double[edges[i].length];
            Arrays.fill(w[i], 1.0);
        }
        double[] rank = pageRank(edges, w);
        return top(nodes, rank, k);
    }

    /** The {@code k} most central sentences, in the order the text has them. */
    public List<String> summary(List<List<Term>> lines, int k) {
        List<String> sentences = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Set<String> curWords = new HashSet<>();
        for (List<Term> line : lines) {
            for (Term t : line) {
                cur.append(t.word);
                if (content(t)) {
                    curWords.add(t.word);
                }
                if (t.word.length() == 1 && Chars.isSentenceEnd(t.word.charAt(0))) {
                    sentences.add(cur.toString().strip());
                    words.add(curWords);
                    cur.setLength(0);
                    curWords = new HashSet<>();
                }
            }
            if (cur.length() > 0) {
                sentences.add(cur.toString().strip());
                words.add(curWords);
                cur.setLength(0);
                curWords = new HashSet<>();
            }
            if (sentences.size() >= MAX_SENTENCES) {
                break;
            }
        }
        int n = sentences.size();
        if (n <= k) {
            return sentences;
        }
        int[][] edges = new int[n][];
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> e = new ArrayList<>();
            List<Double> we = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (i == j || words.get(i).size() < 2 || words.get(j).size() < 2) {
                    continue;
                }
                int common = 0;
                for (String x : words.get(i)) {
                    if (words.get(j).contains(x)) {
                        common++;
                    }
                }
                if (common > 0) {
                    e.add(j);
                    we.add(common / (Math.log(words.get(i).size()) + Math.log(words.get(j).size())));
                }
            }
            edges[i] = e.stream().mapToInt(Integer::intValue).toArray();
            w[i] = we.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] rank = pageRank(edges, w);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rank[b], rank[a]) != 0 ? Double.compare(rank[b], rank[a]) : a - b);
        int[] chosen = Arrays.stream(order).limit(k).mapToInt(Integer::intValue).sorted().toArray();
        List<String> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sentences.get(i));
        }
        return out;
    }

    /** Weighted PageRank on a symmetric graph given as adjacency lists. */
    static double[] pageRank(int[][] edges, double[][] w) {
        int n = edges.length;
        double[] out = new double[n];
        double[] sum = new double[n];
        for (int i = 0; i < n; i++) {
            for (double x : w[i]) {
                sum[i] += x;
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                for (int e = 0; e < edges[j].length; e++) {
                    int i = edges[j][e];
                    next[i] += w[j][e] / sum[j] * rank[j];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] = (1 - DAMPING) + DAMPING * next[i];
            }
            rank = next;
        }
        System.arraycopy(rank, 0, out, 0, n);
        return out;
    }

    private static List<String> top(List<String> nodes, double[] rank, int k) {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rank[b], rank[a]) != 0 ? Double.compare(rank[b], rank[a]) : a - b);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(nodes.get(order[i]));
        }
        return out;
    }
}
