package io.newspipe.streams;

import org.apache.kafka.streams.KafkaStreams;

import java.util.concurrent.CountDownLatch;

/**
 * Turns a streams app's end into a process exit code: 0 when it was stopped ({@code NOT_RUNNING}), 1 when it died
 * ({@code ERROR}), so that a container whose app failed exits and is restarted instead of idling. Thread-safe.
 */
final class StreamsExit implements KafkaStreams.StateListener {
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile int code;

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        if (newState == KafkaStreams.State.ERROR) {
            code = 1;
            ended.countDown();
        } else if (newState == KafkaStreams.State.NOT_RUNNING) {
            ended.countDown();
        }
    }

    /** Blocks until the app has ended; its exit code. */
    int await() throws InterruptedException {
        ended.await();
        return code;
    }
}
