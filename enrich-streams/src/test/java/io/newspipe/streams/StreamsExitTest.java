package io.newspipe.streams;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StreamsExitTest {
    @Test
    void anAppThatDiesEndsTheWaitWithExitCodeOne() throws Exception {
        StreamsExit exit = new StreamsExit();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            try {
                return exit.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        exit.onChange(State.RUNNING, State.REBALANCING);
        exit.onChange(State.REBALANCING, State.RUNNING);
        assertFalse(code.isDone(), "a rebalance is no end");
        exit.onChange(State.PENDING_ERROR, State.RUNNING);
        exit.onChange(State.ERROR, State.PENDING_ERROR);
        assertEquals(1, code.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStoppedAppExitsCleanly() throws Exception {
        StreamsExit exit = new StreamsExit();
        exit.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
        exit.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);
        assertEquals(0, exit.await());
    }
}
