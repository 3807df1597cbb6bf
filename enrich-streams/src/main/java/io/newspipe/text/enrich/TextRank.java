package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
        // Words become numbers in order of first appearance, the graph's node order; neighbours are int sets, so
        // no string is hashed more than once. Edge order does not matter: PageRank sums each node's share in node order.
        Map<String, Integer> index = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        List<IntSet> graph = new ArrayList<>();
        int[] ids = new int[16];
        for (List<Term> line : lines) {
            int m = 0;
            for (Term t : line) {
                if (content(t)) {
                    Integer id = index.get(t.word);
                    if (id == null) {
                        id = nodes.size();
                        index.put(t.word, id);
                        nodes.add(t.word);
                        graph.add(new IntSet());
                    }
                    if (m == ids.length) {
                        ids = Arrays.copyOf(ids, m * 2);
                    }
                    ids[m++] = id;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < Math.min(m, i + WINDOW); j++) {
                    if (ids[i] != ids[j]) {
                        graph.get(ids[i]).add(ids[j]);
                        graph.get(ids[j]).add(ids[i]);
                    }
                }
            }
        }
        int[][] edges = new int[nodes.size()][];
        double[][] w = new double[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            edges[i] = graph.get(i).toArray();
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
        // Each sentence's words as a sorted array of word numbers: shared words counted by a merge, not by hashing.
        Map<String, Integer> ids = new HashMap<>();
        int[][] bags = new int[n][];
        for (int i = 0; i < n; i++) {
            bags[i] = words.get(i).stream().mapToInt(x -> ids.computeIfAbsent(x, y -> ids.size())).sorted().toArray();
        }
        int[][] edges = new int[n][];
        double[][] w = new double[n][];
        int[] e = new int[n];
        double[] we = new double[n];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (i == j || bags[i].length < 2 || bags[j].length < 2) {
                    continue;
                }
                int common = common(bags[i], bags[j]);
                if (common > 0) {
                    e[m] = j;
                    we[m++] = common / (Math.log(bags[i].length) + Math.log(bags[j].length));
                }
            }
            edges[i] = Arrays.copyOf(e, m);
            w[i] = Arrays.copyOf(we, m);
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

    private static int common(int[] a, int[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** A small set of ints (a node's neighbours), in insertion order. Not thread-safe. */
    private static final class IntSet {
        private int[] items = new int[8];
        private int size;

        void add(int x) {
            for (int i = 0; i < size; i++) {
                if (items[i] == x) {
                    return;
                }
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
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
        double[][] share = new double[n][];
        for (int j = 0; j < n; j++) {
            share[j] = new double[w[j].length];
            for (int e = 0; e < w[j].length; e++) {
                share[j][e] = w[j][e] / sum[j]; // the same double the loop computed before each multiplication
            }
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                for (int e = 0; e < edges[j].length; e++) {
                    next[edges[j][e]] += share[j][e] * rank[j];
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
