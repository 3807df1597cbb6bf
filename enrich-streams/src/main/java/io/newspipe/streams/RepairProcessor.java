package io.newspipe.streams;

import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.text.page.PageRepair;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Stage 1: parses the raw page, drops a page already seen (a replay: same bytes, same key, same partition, so the
 * check is local), and repairs its text into a {@link io.newspipe.text.page.RepairedPage}. Malformed input becomes a dead letter. Seen pages are
 * forgotten after the retention.
 *
 * <p>A page seen before <em>with the same time</em> is not a replay but the producer's own resend of one send: after a
 * crash it sends again a page the broker had acknowledged before its ledger recorded it, and it stamps it with the
 * time it reserved for it then ({@code SentLedger}). Such a redelivery is dropped without a record, so a crash leaves
 * the store as an uninterrupted run would; a replay (sent again by a user, another producer or after its ledger was
 * lost: a new time) is recorded as a duplicate.
 */
final class RepairProcessor implements FixedKeyProcessor<String, byte[], Outcome> {
    static final String STAGE = "repair";
    private static final Logger log = LoggerFactory.getLogger(RepairProcessor.class);
    private final PageRepair repair = new PageRepair();
    private final Duration retention;
    private final StageMetrics metrics;
    private FixedKeyProcessorContext<String, Outcome> context;
    private KeyValueStore<String, Long> seen;

    RepairProcessor(Duration retention, StageMetrics metrics) {
        this.retention = retention;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
        this.seen = context.getStateStore(TopologyNames.Store.SEEN_PAGES.storeName());
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME,
                now -> Retention.sweep(seen, now - retention.toMillis(), t -> t));
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        long t0 = System.nanoTime();
        Outcome out = repair(record);
        // Timed before forwarding: forward runs the next stages on this thread.
        metrics.stage(STAGE, System.nanoTime() - t0);
        if (out == null) {
            metrics.outcome("redelivered", null);
            return;
        }
        context.forward(record.withValue(out));
    }

    /** The page repaired, its replay record or its dead letter; null for a redelivery (see the class comment). */
    private Outcome repair(FixedKeyRecord<String, byte[]> record) {
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("empty record (tombstone) on the raw topic");
            }
            RawPage page = Json.read(record.value(), RawPage.class);
            if (page.sourceId() == null || page.text() == null) {
                throw new IllegalArgumentException("raw page without sourceId or text");
            }
            Long first = seen.get(page.sourceId());
            if (first != null && first == record.timestamp()) {
                // Rare (a producer's crash) and silent otherwise: said, so that a page lost here can be traced.
                log.info("page {} redelivered with the time of its first delivery: dropped without a record",
                        page.sourceId());
                return null;
            }
            if (first != null && first >= record.timestamp() - retention.toMillis()) {
                return Outcome.of(new DuplicateRecord(page.sourceId(), page.sourceId(), 1.0, "replay", page.sourceId(),
                        page.source()));
            }
            seen.put(page.sourceId(), record.timestamp());
            return Outcome.of(repair.repair(page));
        } catch (RuntimeException e) {
            return Outcome.of(DeadLetters.of(STAGE, e, context, record.key(), record.value()));
        }
    }
}
