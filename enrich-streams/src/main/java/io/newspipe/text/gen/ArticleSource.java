package io.newspipe.text.gen;

import io.newspipe.model.Json;
import io.newspipe.text.ChineseNames;
import io.newspipe.text.ner.BioReader;
import io.newspipe.text.ner.BioSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where generated articles come from: the seed articles as the team reads them (resource
 * {@code gen/seed-articles.jsonl}, the 33 seed articles whose boundaries and titles the splitter found right against
 * {@code expected/*.tsv}), and pseudo-articles of People's Daily sentences, with headline-shaped titles, names of
 * the corpus's own people in their bylines and captions. Not thread-safe (draws from one Random).
 */
public final class ArticleSource {
    /** How a news lead opens: when, or who reports. Full-width digits as the People's Daily files print them. */
    static final Pattern LEAD = Pattern.compile(
            "([0-9０-９一二三四五六七八九十〇]{1,4}月[0-9０-９一二三四五六七八九十]{1,3}日|[0-9０-９]{4}年|近日|日前|连日来|近年来|今年以来"
                    + "|近期|记者|本报|新华社|据悉|据了解)");
    private final List<String> sentences;
    /** Per sentence, its people (two or three characters, a known surname) and places: what a story's cast replaces. */
    private final List<List<BioSentence.Span>> cast;
    private final List<String> names;
    private final List<String> places;
    private final List<TruthArticle> seeds;
    /**
     * For each CJK bigram of middling frequency, the sentences that hold it: to chain a story by its words. Built once,
     * never changed after: the wandering and topical sources share it (and {@link #bigramsOf}) with their base.
     */
    private final Map<Integer, List<Integer>> byBigram;
    private final List<int[]> bigramsOf;
    private final Set<Integer> used = new HashSet<>();
    /** The chance that a story jumps to a sentence drawn at random instead of the best-chained one (0: never). */
    private final double wander;
    /** Whether stories are drawn from a topic's sentences in any order, their people and places recast (see {@link #topical()}). */
    private final boolean topical;
    /** The chance that a pseudo-article opens on a lead-shaped sentence (see {@link #leading(double)}; 0: any). */
    private final double leads;
    /** The sentences shaped as a news lead opens ({@link #LEAD}), by index. Built once, shared like {@link #byBigram}. */
    private final int[] leadShaped;
    private int next;
    private Random draw;
    private TopicalStory topic;
    /** Per sentence, how many of the current topical story's words it shares (zero between draws): one per source. */
    private int[] shared;

    private ArticleSource(List<String> sentences, List<List<BioSentence.Span>> cast, List<String> names, List<String> places,
                          List<TruthArticle> seeds) {
        this.sentences = sentences;
        this.cast = cast;
        this.names = names;
        this.places = places;
        this.seeds = seeds;
        this.wander = 0;
        this.topical = false;
        this.leads = 0;
        this.leadShaped = IntStream.range(0, sentences.size())
                .filter(i -> LEAD.matcher(sentences.get(i)).lookingAt()).toArray();
        this.byBigram = new HashMap<>();
        this.bigramsOf = new ArrayList<>();
        Map<Integer, Integer> df = new HashMap<>();
        for (String s : sentences) {
            int[] b = bigrams(s);
            bigramsOf.add(b);
            for (int x : b) {
                df.merge(x, 1, Integer::sum);
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            for (int x : bigramsOf.get(i)) {
                int f = df.get(x);
                // Words a few sentences share name a topic; words most sentences share name nothing.
                if (f >= 2 && f <= 40) {
                    byBigram.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    private ArticleSource(ArticleSource base, double wander, boolean topical) {
        this(base, wander, topical, base.leads);
    }

    private ArticleSource(ArticleSource base, double wander, boolean topical, double leads) {
        this.leads = leads;
        this.leadShaped = base.leadShaped;
        this.sentences = base.sentences;
        this.cast = base.cast;
        this.names = base.names;
        this.places = base.places;
        this.seeds = base.seeds;
        this.byBigram = base.byBigram;
        this.bigramsOf = base.bigramsOf;
        this.wander = wander;
        this.topical = topical;
    }

    /**
     * The same sentences, but each story jumps to a random sentence with probability {@code rate} after each one.
     * The chained stories of a small pool converge on the same runs of sentences, so that most of thousands of
     * pages' articles are near copies of one another; a benchmark of the whole pipeline wants stories as distinct
     * as a real feed's, which this gives. The splitter's pages keep the chained source (rate 0), unchanged.
     */
    public ArticleSource wandering(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
        }
        return new ArticleSource(this, rate, false);
    }

    /**
     * The same sentences, but each story is drawn from one topic, not chained: each next sentence shares many words
     * with the story so far, not necessarily with the sentence before, and its people and places are the same few
     * throughout (the corpus's own names recast), as a news story keeps naming whom and where it is about
     * ({@link TopicalStory}). Neighbouring
     * sentences of a chained story always share words, so a splitter trained on them reads "the next sentence shares
     * nothing" as a story break; in real stories a quarter of the paragraph breaks share no word across (the seed
     * articles), and so do about as many of these.
     */
    public ArticleSource topical() {
        return new ArticleSource(this, 0, true);
    }

    /**
     * The same stories, but a pseudo-article opens on a sentence shaped as a news lead opens (a date, 近日, 日前,
     * 连日来, an agency's dateline, 记者…; {@link #LEAD}) with probability {@code share}. A pseudo-article otherwise
     * opens on any sentence, so nothing tells its first paragraph from the ones after it but the words; in the seed
     * articles 15 of 33 first paragraphs open that way against 26 of their 169 other paragraphs. Opt-in: the
     * held-out and dev pages keep stories that open anywhere (their figures stay comparable), and a source at 0
     * draws the same stories from the same Random as before.
     */
    public ArticleSource leading(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within [0, 1]: " + share);
        }
        return new ArticleSource(this, wander, topical, share);
    }

    private static int[] bigrams(String s) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
                out.add(a << 16 | b);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Sentences, names and places of the seed articles alone: what a fresh clone has without the People's Daily files.
     */
    public static ArticleSource fromSeeds() {
        List<TruthArticle> seeds = seedArticles();
        List<String> sentences = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (TruthArticle a : seeds) {
            for (String p : a.paragraphs()) {
                for (String s : p.split("(?<=[。！？])")) {
                    if (s.length() >= 12 && s.length() <= 160 && endsSentence(s)) {
                        sentences.add(s);
                    }
                }
            }
            names.addAll(a.authors());
        }
        List<String> places = List.of("衡阳", "长沙", "株洲", "郴州", "邵阳", "娄底", "岳阳", "怀化", "湘潭", "永州");
        return new ArticleSource(sentences, Collections.nCopies(sentences.size(), List.of()), List.copyOf(names), places, seeds);
    }

    /**
     * Sentences, names and places of the People's Daily BIO files given, plus the seed articles when
     * {@code withSeeds}. Keep the files of a held-out measurement apart from those of training.
     */
    public static ArticleSource of(List<Path> bioFiles, boolean withSeeds) {
        List<String> sentences = new ArrayList<>();
        List<List<BioSentence.Span>> cast = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        LinkedHashSet<String> places = new LinkedHashSet<>();
        try {
            for (Path f : bioFiles) {
                for (BioSentence s : BioReader.read(f)) {
                    List<BioSentence.Span> roles = new ArrayList<>();
                    for (BioSentence.Span sp : s.spans()) {
                        String w = s.text().substring(sp.start(), sp.end());
                        if (sp.type().equals("PER") && (w.length() == 2 || w.length() == 3)
                                && ChineseNames.isSurname(w.charAt(0))) {
                            names.add(w);
                            roles.add(sp);
                        } else if (sp.type().equals("LOC") && w.length() >= 2 && w.length() <= 5) {
                            places.add(w);
                            roles.add(sp);
                        }
                    }
                    if (s.text().length() >= 12 && s.text().length() <= 160 && endsSentence(s.text())) {
                        sentences.add(s.text());
                        cast.add(List.copyOf(roles));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bioFiles, e);
        }
        if (sentences.size() < 200 || names.size() < 20 || places.size() < 20) {
            throw new IllegalArgumentException("too little text in " + bioFiles + " to make articles of");
        }
        return new ArticleSource(sentences, cast, List.copyOf(names), List.copyOf(places),
                withSeeds ? seedArticles() : List.of());
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '。' || c == '！' || c == '？' || c == '”';
    }

    /** The seed articles as the team reads them (33, boundaries and titles checked by hand). */
    public static List<TruthArticle> seedArticles() {
        List<TruthArticle> out = new ArrayList<>();
        try (InputStream in = ArticleSource.class.getResourceAsStream("/gen/seed-articles.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("gen/seed-articles.jsonl is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<?, ?> m = Json.read(line, Map.class);
                out.add(new TruthArticle((String) m.get("title"), (String) m.get("subtitle"), null,
                        strings(m.get("authors")), strings(m.get("paragraphs")), strings(m.get("subheadings")),
                        strings(m.get("captions"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed articles", e);
        }
        return out;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    /** The people's names stories and bylines are given (for tests). */
    List<String> names() {
        return names;
    }

    public String name(Random r) {
        return names.get(r.nextInt(names.size()));
    }

    public String place(Random r) {
        return places.get(r.nextInt(places.size()));
    }

    /** A seed article (when there are seeds, a quarter of the time) or a pseudo-article. */
    public TruthArticle next(Random r) {
        if (!seeds.isEmpty() && r.nextInt(4) == 0) {
            return seeds.get(r.nextInt(seeds.size()));
        }
        draw = r;
        int paragraphs = 1 + r.nextInt(7);
        // Each story starts somewhere else in the corpus and goes on with the sentences that share the most of its
        // words: its sentences hang together, and the story beside it on the page is about something else.
        // Drawn only when leading: a source at 0 makes the same stories from the same Random as before.
        next = leads > 0 && leadShaped.length > 0 && r.nextDouble() < leads ? leadShaped[r.nextInt(leadShaped.length)]
                : r.nextInt(sentences.size());
        used.clear();
        if (topical && shared == null) {
            shared = new int[sentences.size()];
        }
        topic = topical ? new TopicalStory(sentences, cast, byBigram, bigramsOf, used, shared, r, next,
                name(r), name(r), place(r)) : null;
        List<String> paras = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                b.append(sentence());
            }
            paras.add(b.toString());
        }
        String title = headline(paras.get(0), r);
        String subtitle = r.nextInt(6) == 0 ? headline(sentence(), r) : null;
        String kicker = r.nextInt(8) == 0 ? headline(sentence(), r) : null;
        List<String> authors = new ArrayList<>();
        int a = r.nextInt(4);
        for (int i = 0; i < a; i++) {
            String n = name(r);
            if (!authors.contains(n)) {
                authors.add(n);
            }
        }
        List<String> subheadings = new ArrayList<>();
        if (paragraphs >= 4 && r.nextInt(3) == 0) {
            int k = 1 + r.nextInt(Math.min(3, paragraphs / 2));
            subheadings.addAll(subheadings(k, r));
        }
        List<String> captions = new ArrayList<>();
        if (r.nextInt(5) == 0) {
            captions.add(r.nextBoolean() ? name(r) + " 摄" : "图为" + clause(sentence(), 8, 30, r) + "。" + name(r) + " 摄");
        }
        return new TruthArticle(title, subtitle, kicker, authors, paras, subheadings, captions);
    }

    /** The story's next sentence: the unused one sharing the most topical words with the last, else the next in line. */
    private String sentence() {
        if (topic != null) {
            return topic.sentence();
        }
        int current = next;
        used.add(current);
        Map<Integer, Integer> shared = new HashMap<>();
        for (int b : bigramsOf.get(current)) {
            for (int other : byBigram.getOrDefault(b, List.of())) {
                if (!used.contains(other)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        int best = -1;
        int bestCount = 1;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best >= 0 && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        next = best >= 0 ? best : (current + 1) % sentences.size();
        // Drawn only when wandering: a source at rate 0 makes the same stories from the same Random as before.
        if (wander > 0 && draw != null && draw.nextDouble() < wander) {
            next = draw.nextInt(sentences.size());
        }
        return sentences.get(current);
    }

    /**
     * A headline made of a clause of {@code s}: 6 to 22 characters, without sentence marks; sometimes two phrases
     * side by side, as Chinese headlines often are.
     */
    String headline(String s, Random r) {
        String h = clause(s, 8, 24, r);
        return switch (r.nextInt(8)) {
            case 0 -> clause(s, 4, 10, r) + " " + clause(sentence(), 4, 10, r);
            case 1 -> "“" + clause(s, 4, 8, r) + "”" + clause(sentence(), 4, 12, r);
            case 2 -> clause(s, 4, 10, r) + "「" + clause(sentence(), 2, 6, r) + "」";
            default -> h;
        };
    }

    /**
     * The headings inside one body: short, as often as not two phrases with a comma or a space between
     * ({@code 织密红色网格，治理精准到人}), or a label and a colon before a phrase. One story sets them in parallel, as
     * papers do: the same build, and most of the time phrases of the same lengths ({@code 县域商业焕新颜，消费活力遍城乡}
     * / {@code 数字招商破壁垒，驻外专班寻商机}).
     */
    List<String> subheadings(int k, Random r) {
        int form = r.nextInt(4);
        boolean same = r.nextInt(3) > 0;
        int a = 4 + r.nextInt(5);
        int b = 4 + r.nextInt(5);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(switch (form) {
                case 0 -> same ? phrase(a, r) + "，" + phrase(b, r)
                        : clause(sentence(), 4, 8, r) + "，" + clause(sentence(), 4, 8, r);
                // A label of three characters, then a phrase: 新举措：一站办结全部手续.
                case 2 -> same ? phrase(3, r) + "：" + phrase(a + b - 2, r)
                        : clause(sentence(), 2, 4, r) + "：" + clause(sentence(), 6, 14, r);
                case 1 -> same ? phrase(a - 1, r) + " " + phrase(b - 1, r)
                        : clause(sentence(), 3, 6, r) + " " + clause(sentence(), 3, 6, r);
                default -> same ? phrase(a + 2, r) : clause(sentence(), 5, 12, r);
            });
        }
        return out;
    }

    /**
     * A phrase of exactly {@code length} characters from one of the story's next three sentences, or the longest
     * shorter clause they have.
     */
    private String phrase(int length, Random r) {
        String best = "";
        for (int tries = 0; tries < 3; tries++) {
            String c = clause(sentence(), length, length, r);
            if (c.length() >= length) {
                return c.substring(0, length);
            }
            best = c.length() > best.length() ? c : best;
        }
        return best;
    }

    /** A run of {@code min} to {@code max} characters of one clause of {@code s}, without its punctuation. */
    static String clause(String s, int min, int max, Random r) {
        List<String> parts = new ArrayList<>();
        for (String p : s.split("[，。！？；：、,;:!?]")) {
            String t = p.replaceAll("[“”‘’「」『』（）()《》\\s]", "");
            if (t.length() >= min) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            String t = s.replaceAll("[\\p{P}\\s]", "");
            return t.substring(0, Math.min(t.length(), max));
        }
        Collections.shuffle(parts, r);
        String c = parts.get(0);
        return c.length() <= max ? c : c.substring(0, min + r.nextInt(max - min + 1));
    }
}
