package io.newspipe.runtime;

import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Ends hanging transactions (KIP-664): a partition holding an open transaction that its coordinator no longer drives
 * to an end. Nothing else ever closes one: the partition's last stable offset stays put, read_committed readers wait,
 * and a group with pending transactional offsets answers every offset fetch with "unstable offsets", so a Kafka
 * Streams app never leaves REBALANCING.
 *
 * <p>Why the embedded broker needs this: when the whole process is killed just after a commit was decided (the
 * coordinator wrote PREPARE_COMMIT), the restarted broker's coordinator resends the markers while the broker's own
 * registration is being replaced; the partitions have no leader for that moment, the coordinator takes them for
 * deleted ("likely deleted already and hence can be skipped"), skips them and records the transaction as complete.
 *
 * <p>A transaction its coordinator recorded as committed is committed here, with the marker it missed: aborting it
 * would lose data, because the group's offsets of the same transaction are committed by the producer's next marker
 * anyway (pending offsets are kept by producer id). One recorded as aborted is aborted. One whose outcome the
 * coordinator no longer knows (a producer id it does not list, or a newer transaction since) is aborted, as
 * {@code kafka-transactions.sh} would, and said so in the log; a producer id it does not list only after it has been
 * looked at again for {@link #UNKNOWN_GRACE}, since a coordinator that has not loaded its log yet lists nothing.
 * Meant for the broker this process owns: on a shared cluster, ending another team's transactions is the operator's
 * call.
 *
 * <p>Stateless; the static methods are safe from any thread.
 */
public final class HangingTransactions {
    private static final Logger log = LoggerFactory.getLogger(HangingTransactions.class);

    /** What to do with a partition's open transaction, from what its coordinator says. */
    enum Verdict {
        /** The coordinator drives it: it will commit, abort on timeout, or be aborted by its producer's next start. */
        LIVE,
        /** The coordinator is writing its markers now: look again. */
        SETTLING,
        /** The coordinator decided to commit it and thinks it done: write the commit marker it missed. */
        COMMIT,
        /**
         * No transactional id lists its producer id. Either the coordinator forgot it or it has not loaded its log yet
         * (a start just after the broker's): looked at again for {@link #UNKNOWN_GRACE}, then aborted. Aborting at
         * the first look would lose a committed transaction whose other partitions, the group's offsets among them,
         * got their commit markers.
         */
        UNKNOWN,
        /** Decided to abort, or its outcome is lost: abort it. */
        ABORT
    }

    /** How long a transaction its coordinator does not list is looked at again before it is aborted. */
    static final Duration UNKNOWN_GRACE = Duration.ofSeconds(10);

    /** An open transaction ended here, and how. */
    public record Ended(TopicPartition partition, long producerId, short producerEpoch, boolean committed) {
    }

    private HangingTransactions() {
    }

    /**
     * The verdict on an open transaction at {@code tp} written with {@code epoch}, given what the coordinator lists for
     * its producer id (null: no transactional id has it) and its description (null if it could not be described).
     */
    static Verdict judge(TopicPartition tp, int epoch, TransactionListing listing, TransactionDescription description) {
        if (listing == null) {
            return Verdict.UNKNOWN;
        }
        TransactionState state = description != null ? description.state() : listing.state();
        switch (state) {
            case PREPARE_COMMIT, PREPARE_ABORT, PREPARE_EPOCH_FENCE:
                return Verdict.SETTLING;
            case ONGOING:
                return description == null || description.topicPartitions().contains(tp) ? Verdict.LIVE : Verdict.ABORT;
            case COMPLETE_COMMIT:
                // Its last transaction, not an older one: transactions v2 end each one with the epoch bumped once.
                boolean same = description != null
                        && (description.producerEpoch() == epoch || description.producerEpoch() == epoch + 1);
                return same ? Verdict.COMMIT : Verdict.ABORT;
            default:
                return Verdict.ABORT;
        }
    }

    /**
     * Ends every hanging transaction on the cluster's partitions, waiting up to {@code timeout} for transactions whose
     * markers are being written. Returns what it ended (empty: nothing hung).
     *
     * @throws IllegalStateException if the cluster cannot be read, a marker is refused, or a transaction stays in its
     *                               prepare state
     */
    public static List<Ended> endAll(Admin admin, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long graceEnd = start + Math.min(UNKNOWN_GRACE.toNanos(), timeout.toNanos() / 2);
        boolean saidUnknown = false;
        try {
            Map<TopicPartition, Node> leaders = leaders(admin);
            while (true) {
                List<Open> open = openTransactions(admin, leaders.keySet());
                if (open.isEmpty()) {
                    return List.of();
                }
                Map<Long, TransactionListing> listings = listings(admin, open);
                Map<String, TransactionDescription> descriptions = descriptions(admin, listings);
                Map<Open, Verdict> verdicts = new HashMap<>();
                for (Open o : open) {
                    TransactionListing listing = listings.get(o.producer().producerId());
                    verdicts.put(o, judge(o.partition(), o.producer().producerEpoch(), listing,
                            listing == null ? null : descriptions.get(listing.transactionalId())));
                }
                boolean waitUnknown = verdicts.containsValue(Verdict.UNKNOWN) && System.nanoTime() < graceEnd;
                if (!verdicts.containsValue(Verdict.SETTLING) && !waitUnknown) {
                    List<Ended> ended = new ArrayList<>();
                    for (Map.Entry<Open, Verdict> e : verdicts.entrySet()) {
                        if (e.getValue() != Verdict.LIVE) {
                            ended.add(end(admin, e.getKey(), e.getValue() == Verdict.COMMIT,
                                    leaders.get(e.getKey().partition()), listings.get(e.getKey().producer().producerId())));
                        }
                    }
                    return ended;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("transactions stayed in their prepare state for " + timeout
                            + " (markers not written): " + verdicts);
                }
                if (waitUnknown && !saidUnknown) {
                    saidUnknown = true;
                    log.info("open transactions whose producer ids no coordinator lists yet: looking again ({})",
                            verdicts);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for hanging transactions", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot end hanging transactions: " + e.getCause().getMessage(), e);
        }
    }

    private static Ended end(Admin admin, Open o, boolean commit, Node leader, TransactionListing listing)
            throws ExecutionException, InterruptedException {
        ProducerState p = o.producer();
        int coordinatorEpoch = p.coordinatorEpoch().orElse(-1);
        log.warn("{} a hanging transaction on {} (producer id {}, epoch {}): its coordinator lists it as {}",
                commit ? "committing" : "aborting", o.partition(), p.producerId(), p.producerEpoch(),
                listing == null ? "unknown (no transactional id has this producer id)"
                        : listing.state() + " for " + listing.transactionalId());
        if (commit) {
            TxnMarkers.commit(leader, o.partition(), p.producerId(), (short) p.producerEpoch(), coordinatorEpoch);
        } else {
            admin.abortTransaction(new AbortTransactionSpec(o.partition(), p.producerId(), (short) p.producerEpoch(),
                    coordinatorEpoch)).all().get();
        }
        return new Ended(o.partition(), p.producerId(), (short) p.producerEpoch(), commit);
    }

    /** A producer with a transaction open on a partition. */
    private record Open(TopicPartition partition, ProducerState producer) {
    }

    /** Every partition of every topic, internal ones included (group offsets are written in transactions too). */
    private static Map<TopicPartition, Node> leaders(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        Map<TopicPartition, Node> out = new HashMap<>();
        for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
            d.partitions().forEach(p -> out.put(new TopicPartition(d.name(), p.partition()), p.leader()));
        }
        return out;
    }

    private static List<Open> openTransactions(Admin admin, Set<TopicPartition> partitions)
            throws ExecutionException, InterruptedException {
        List<Open> open = new ArrayList<>();
        Map<TopicPartition, PartitionProducerState> all = admin.describeProducers(partitions).all().get();
        for (Map.Entry<TopicPartition, PartitionProducerState> e : all.entrySet()) {
            for (ProducerState p : e.getValue().activeProducers()) {
                if (p.currentTransactionStartOffset().isPresent()) {
                    open.add(new Open(e.getKey(), p));
                }
            }
        }
        return open;
    }

    private static Map<Long, TransactionListing> listings(Admin admin, List<Open> open)
            throws ExecutionException, InterruptedException {
        Set<Long> ids = open.stream().map(o -> o.producer().producerId()).collect(Collectors.toSet());
        return admin.listTransactions(new ListTransactionsOptions().filterProducerIds(ids)).all().get().stream()
                .collect(Collectors.toMap(TransactionListing::producerId, l -> l, (a, b) -> a));
    }

    private static Map<String, TransactionDescription> descriptions(Admin admin, Map<Long, TransactionListing> listings)
            throws ExecutionException, InterruptedException {
        if (listings.isEmpty()) {
            return Map.of();
        }
        Set<String> ids = listings.values().stream().map(TransactionListing::transactionalId).collect(Collectors.toSet());
        return admin.describeTransactions(ids).all().get();
    }
}
