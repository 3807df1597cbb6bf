package io.newspipe.text.gen;

import io.newspipe.model.Article;
import io.newspipe.text.page.PageSplitter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.*;

class ErrorProbeTest {
    static Set<String> grams(String s) {
        Set<String> g = new HashSet<>();
        for (int i = 0; i + 8 <= s.length(); i++) g.add(s.substring(i, i + 8));
        return g;
    }
    static double cover(Set<String> t, Set<String> a) {
        if (t.isEmpty()) return 0;
        int n = 0; for (String x : t) if (a.contains(x)) n++;
        return n / (double) t.size();
    }

    @Test
    void probe() {
        ArticleSource base = ArticleSource.of(List.of(Path.of("/work/shared/ner/peoples_daily_dev_bio.txt")), false);
        ArticleSource src = "chained".equals(System.getenv("PROBE_KIND")) ? base : base.topical();
        PageGenerator gen = new PageGenerator(src, 4242);
        PageSplitter splitter = new PageSplitter();
        SplitterCorpus corpus = new SplitterCorpus();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> pkinds = new TreeMap<>();
        int examples = 0;
        int n = Integer.parseInt(Objects.requireNonNullElse(System.getenv("PROBE_PAGES"), "300"));
        for (int i = 0; i < n; i++) {
            GeneratedPage page = gen.next();
            String filter = System.getenv("PROBE_FILTER");
            if (filter != null && !page.layout().toString().contains(filter)) continue;
            if (System.getenv("PROBE_MARKED") != null && "true".equals(page.layout().get("unmarked story"))) continue;
            List<Article> produced = splitter.split(corpus.repaired(page, "p"));
            List<TruthArticle> truth = page.articles();
            List<Set<String>> tg = new ArrayList<>();
            for (TruthArticle t : truth) tg.add(grams(SplitterEvaluation.norm(t.body())));
            List<Set<String>> pg = new ArrayList<>();
            for (Article a : produced) pg.add(grams(SplitterEvaluation.norm(a.body())));
            SplitterEvaluation.Score s = new SplitterEvaluation.Score();
            for (int ti = 0; ti < truth.size(); ti++) {
                TruthArticle t = truth.get(ti);
                SplitterEvaluation.Score one = new SplitterEvaluation.Score();
                SplitterEvaluation.tally(one, List.of(t), produced);
                if (one.found == 1) continue;
                List<Integer> covering = new ArrayList<>();
                for (int pi = 0; pi < produced.size(); pi++) if (cover(tg.get(ti), pg.get(pi)) >= 0.1) covering.add(pi);
                String kind;
                if (covering.isEmpty()) kind = "lost";
                else if (covering.size() >= 2) kind = "split into " + Math.min(covering.size(), 3);
                else {
                    int pi = covering.get(0);
                    int others = 0;
                    for (int tj = 0; tj < truth.size(); tj++) if (tj != ti && cover(tg.get(tj), pg.get(pi)) >= 0.1) others++;
                    double c = cover(tg.get(ti), pg.get(pi));
                    kind = others > 0 ? "merged with " + Math.min(others, 2) : (c < 0.97 ? "lost part" : "gained part");
                }
                String feat = page.layout().getOrDefault("unmarked story", "");
                kinds.merge(kind, 1, Integer::sum);
                if (examples < 40 && System.getenv("PROBE_SHOW") != null && (System.getenv("PROBE_ONLY") == null || kind.startsWith(System.getenv("PROBE_ONLY")))) {
                    examples++;
                    System.out.println("=== " + kind + " page " + i + " layout " + page.layout());
                    String nb = SplitterEvaluation.norm(t.body());
                    System.out.println("TRUE#" + ti + ": " + SplitterEvaluation.norm(t.title()) + " | " + nb.substring(0, Math.min(30, nb.length())) + " … " + nb.substring(Math.max(0, nb.length() - 30)));
                    for (int pi : covering) { String pb = SplitterEvaluation.norm(produced.get(pi).body()); System.out.println("  PROD#" + pi + ": " + SplitterEvaluation.norm(produced.get(pi).title()) + " | " + pb.substring(0, Math.min(30, pb.length())) + " … " + pb.substring(Math.max(0, pb.length() - 30))); }
                }
            }
        }
        System.out.println("recall errors by kind: " + kinds);
    }
}
