package io.newspipe.streams;

import io.newspipe.text.enrich.ArticleEnricher;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Stage 4: entities, quantities, dates, metrics. The enricher is shared by all stream threads (it is thread-safe). */
final class EnrichProcessor implements FixedKeyProcessor<String, Outcome, Outcome> {
    static final String STAGE = "enrich";
    private final ArticleEnricher enricher;
    private final StageMetrics metrics;
    private FixedKeyProcessorContext<String, Outcome> context;

    EnrichProcessor(ArticleEnricher enricher, StageMetrics metrics) {
        this.enricher = enricher;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome> record) {
        long t0 = System.nanoTime();
        Outcome out;
        try {
            out = Outcome.of(enricher.enrich(record.value().article()));
        } catch (RuntimeException e) {
            out = Outcome.of(DeadLetters.of(STAGE, e, context, record.key(), record.value().article()));
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        context.forward(record.withValue(out));
    }
}
