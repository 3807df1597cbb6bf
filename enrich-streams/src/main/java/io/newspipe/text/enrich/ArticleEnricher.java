package io.newspipe.text.enrich;

import io.newspipe.model.Article;
import io.newspipe.model.DateMention;
import io.newspipe.model.Entity;
import io.newspipe.model.Indicator;
import io.newspipe.model.Metrics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enrich stage: entities, quantities, dates and metrics of one article. Build once (HanLP dictionaries load on
 * first use, ~1 s) and share: thread-safe.
 */
public final class ArticleEnricher {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private final EntityExtractor entities = new EntityExtractor();
    private final CreditedPeople credited = new CreditedPeople();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final TextMetrics metrics = new TextMetrics();

    public Article enrich(Article a) {
        String body = a.body();
        // Segmented once: the entity model and TextRank read the same words.
        var lines = entities.segmentLines(body);
        // Reporters and photographers are people the article names, too: one field to read, not two.
        List<Entity> ents = credited.apply(entities.extract(body, lines), a.authors(), a.captions());
        List<Indicator> qty = quantities.extract(body);
        List<DateMention> ds = dates.extract(body, firstYear(body));
        Metrics m = metrics.measure(body, lines, a.paragraphs().size(), ents.size(), qty.size());
        return a.withEnrichment(ents, qty, ds, m);
    }

    private static Integer firstYear(String body) {
        Matcher m = YEAR.matcher(body);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
