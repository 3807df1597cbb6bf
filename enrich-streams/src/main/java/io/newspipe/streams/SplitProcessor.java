package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.PageLimits;
import io.newspipe.text.page.PageSplitter;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2: one repaired page in, its articles out, re-keyed by body fingerprint so that two copies of an article meet
 * on one partition of the dedup stage. Stateless.
 */
final class SplitProcessor implements Processor<String, Outcome, String, Outcome> {
    static final String STAGE = "split";
    private final PageSplitter splitter = new PageSplitter();
    private final StageMetrics metrics;
    private ProcessorContext<String, Outcome> context;

    SplitProcessor(StageMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome> record) {
        long t0 = System.nanoTime();
        List<Record<String, Outcome>> out = new ArrayList<>();
        try {
            for (Article a : splitter.split(record.value().page())) {
                if (a.body().length() > PageLimits.MAX_ARTICLE_CHARS) {
                    // Not a news article but a page without structure: its reason goes to the dead letters.
                    out.add(record.withKey(a.id()).withValue(Outcome.of(DeadLetters.of(STAGE, new IllegalArgumentException(
                            "article " + a.id() + " has " + a.body().length() + " characters, over the limit of "
                                    + PageLimits.MAX_ARTICLE_CHARS), context, a.id(), a))));
                } else {
                    out.add(record.withKey(a.contentHash()).withValue(Outcome.of(a)));
                }
            }
        } catch (RuntimeException e) {
            out = List.of(record.withValue(Outcome.of(DeadLetters.of(STAGE, e, context, record.key(),
                    record.value().page()))));
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        out.forEach(context::forward);
    }
}
