package io.newspipe.runtime;

import io.newspipe.streams.TopologyNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repartition topics an earlier version of the streams app wrote and this one no longer reads. A record an earlier
 * version left in one (a {@code pipeline run} stopped mid-feed leaves records between stages) would never be read
 * again, and the article in it would be lost without a word. So the pipeline does not start while one holds records
 * the app's group has not consumed, and says how to finish them; a drained one is deleted (it is the app's own
 * internal topic). Stateless; the static method is safe from any thread.
 */
final class RetiredTopics {
    private static final Logger log = LoggerFactory.getLogger(RetiredTopics.class);

    /** Retired on 2026-11-29: articles now wait for their near-duplicate verdicts where the exact stage put them. */
    static final String NEAR_ARTICLES = TopologyNames.APPLICATION_ID + "-near-articles-repartition";
    static final List<String> TOPICS = List.of(NEAR_ARTICLES);

    private RetiredTopics() {
    }

    /**
     * Deletes every retired topic that the app's group has consumed to its end.
     *
     * @throws IllegalStateException when one still holds records for the app: they are an earlier version's to finish
     */
    static void retire(Admin admin, DeliveryTracker tracker, Duration timeout) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        for (String topic : TOPICS) {
            if (!existing.contains(topic)) {
                continue;
            }
            Map<TopicPartition, Long> consumed = new HashMap<>();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(
                    TopologyNames.APPLICATION_ID).partitionsToOffsetAndMetadata().get().entrySet()) {
                if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                    consumed.put(e.getKey(), e.getValue().offset());
                }
            }
            long[] left = tracker.written(topic, consumed, timeout);
            if (left[0] + left[1] > 0) {
                throw new IllegalStateException(topic + " holds " + (left[0] + left[1]) + " record(s) that an earlier"
                        + " version of the pipeline wrote and did not finish; this version no longer reads that topic."
                        + " Let that version deliver them first (its `pipeline replay` of an empty directory waits until"
                        + " everything in flight is in the store), then start this one.");
            }
            admin.deleteTopics(List.of(topic)).all().get();
            log.info("deleted {}, drained: an earlier version's repartition topic that this one no longer uses", topic);
        }
    }
}
