package io.newspipe.runtime;

import io.newspipe.runtime.HangingTransactions.Verdict;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verdict on a partition's open transaction from what its coordinator says. */
class HangingTransactionsTest {
    private static final TopicPartition TP = new TopicPartition("articles.enriched", 1);
    private static final TopicPartition OTHER = new TopicPartition("articles.enriched", 2);

    private static TransactionListing listing(TransactionState state) {
        return new TransactionListing("app-1", 7L, state);
    }

    /** The coordinator's view of producer 7 at epoch {@code epoch}. */
    private static TransactionDescription description(TransactionState state, int epoch, Set<TopicPartition> partitions) {
        return new TransactionDescription(1, state, 7L, epoch, 10_000, OptionalLong.of(0), partitions);
    }

    private static TransactionDescription description(TransactionState state, Set<TopicPartition> partitions) {
        return description(state, 3, partitions);
    }

    @Test
    void aProducerIdNoTransactionalIdHasIsLookedAtAgainBeforeItIsAborted() {
        assertEquals(Verdict.UNKNOWN, HangingTransactions.judge(TP, 3, null, null));
    }

    @Test
    void anOngoingTransactionThatHoldsThePartitionIsLive() {
        assertEquals(Verdict.LIVE, HangingTransactions.judge(TP, 3, listing(TransactionState.ONGOING),
                description(TransactionState.ONGOING, Set.of(TP, OTHER))));
    }

    @Test
    void anOngoingTransactionWithoutThePartitionLeftAnOlderOneHanging() {
        assertEquals(Verdict.ABORT, HangingTransactions.judge(TP, 3, listing(TransactionState.ONGOING),
                description(TransactionState.ONGOING, Set.of(OTHER))));
    }

    @Test
    void aTransactionWhoseMarkersAreBeingWrittenIsLookedAtAgain() {
        for (TransactionState s : new TransactionState[]{TransactionState.PREPARE_COMMIT,
                TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE}) {
            assertEquals(Verdict.SETTLING, HangingTransactions.judge(TP, 3, listing(s), description(s, Set.of(TP))), s.name());
        }
    }

    @Test
    void aTransactionTheCoordinatorCommittedGetsItsCommitMarker() {
        // Transactions v2: the coordinator ends a transaction written with epoch 3 at epoch 4; v1 keeps 3.
        for (int coordinatorEpoch : new int[]{3, 4}) {
            assertEquals(Verdict.COMMIT, HangingTransactions.judge(TP, 3, listing(TransactionState.COMPLETE_COMMIT),
                    description(TransactionState.COMPLETE_COMMIT, coordinatorEpoch, Set.of())));
        }
    }

    @Test
    void aCommitOfALaterTransactionSaysNothingOfAnOlderOne() {
        assertEquals(Verdict.ABORT, HangingTransactions.judge(TP, 3, listing(TransactionState.COMPLETE_COMMIT),
                description(TransactionState.COMPLETE_COMMIT, 6, Set.of())));
        assertEquals(Verdict.ABORT, HangingTransactions.judge(TP, 3, listing(TransactionState.COMPLETE_COMMIT), null));
    }

    @Test
    void anAbortedOrForgottenOutcomeIsAborted() {
        for (TransactionState s : new TransactionState[]{TransactionState.COMPLETE_ABORT, TransactionState.EMPTY}) {
            assertEquals(Verdict.ABORT, HangingTransactions.judge(TP, 3, listing(s), description(s, Set.of())), s.name());
        }
    }

    @Test
    void theDescriptionIsNewerThanTheListing() {
        assertEquals(Verdict.SETTLING, HangingTransactions.judge(TP, 3, listing(TransactionState.ONGOING),
                description(TransactionState.PREPARE_COMMIT, Set.of(TP))));
        assertEquals(Verdict.LIVE, HangingTransactions.judge(TP, 3, listing(TransactionState.ONGOING), null));
    }
}
