package io.newspipe.streams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names the enrich topology gives its state stores and repartition topics, in one place: the topology builds
 * with them and the launcher's delivery tracker waits on them. A store and a topic never share a name. Immutable.
 */
public final class TopologyNames {
    /** The streams application id: prefix of its consumer group, internal topics and state directory. */
    public static final String APPLICATION_ID = "newspipe-enrich";

    private TopologyNames() {
    }

    /** The app's state stores. */
    public enum Store {
        /** Source ids of pages already processed (replays are dropped). */
        SEEN_PAGES("seen-pages"),
        /** Exact-duplicate keys and their canonical article. */
        FINGERPRINTS("fingerprints"),
        /** Per LSH band key, the articles that share it. */
        NEAR_BUCKETS("near-band-buckets"),
        /** Per article, the near-duplicate verdicts received so far. */
        NEAR_PENDING("near-pending"),
        /** Articles waiting for their verdicts. */
        NEAR_HELD("near-held"),
        /** The entities.daily windowed aggregation. */
        ENTITIES_DAILY("entities-daily");

        private final String storeName;

        Store(String storeName) {
            this.storeName = storeName;
        }

        public String storeName() {
            return storeName;
        }
    }

    /**
     * The app's repartition topics, each with its wave: records flow through the waves in order, so a tracker that
     * wants to know when everything sent has come out waits for each wave to be consumed in turn (a later wave's end
     * is final only once the waves before it are consumed).
     */
    public enum Repartition {
        BY_FINGERPRINT("by-fingerprint", 0),
        NEAR_BANDS("near-bands", 1),
        NEAR_VERDICTS("near-verdicts", 2),
        ENTITY_MENTIONS("entity-mentions-by-entity", 3);

        private final String operatorName;
        private final int wave;

        Repartition(String operatorName, int wave) {
            this.operatorName = operatorName;
            this.wave = wave;
        }

        /** The name given to {@code Repartitioned.withName} / {@code Grouped.with}. */
        public String operatorName() {
            return operatorName;
        }

        /** The topic Kafka Streams creates for it. */
        public String topic() {
            return APPLICATION_ID + "-" + operatorName + "-repartition";
        }
    }

    /** The repartition topics grouped by wave, in flow order. */
    public static List<List<String>> repartitionWaves() {
        int waves = Arrays.stream(Repartition.values()).mapToInt(r -> r.wave).max().orElse(-1) + 1;
        List<List<String>> out = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            int wave = w;
            out.add(Arrays.stream(Repartition.values()).filter(r -> r.wave == wave).map(Repartition::topic).toList());
        }
        return out;
    }
}
