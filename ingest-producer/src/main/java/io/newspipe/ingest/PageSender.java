package io.newspipe.ingest;

/**
 * Sends one page and says what became of it. {@link PageProducer} is the real one; tests use their own.
 * Implementations must be thread-safe: every input calls the same sender.
 */
public interface PageSender {
    /**
     * @param source a human name for the input (a path relative to the inbox, "stdin", "http")
     * @return never null
     * @throws PageProducer.SendFailedException when the page could not be handed to Kafka now (the broker does not
     *                                          answer): a transient failure, the input should be offered again later
     */
    PageProducer.Outcome send(String source, byte[] data);

    /**
     * Rejects an input over the page limit without its bytes (they were never read whole), with a dead letter saying
     * so. {@code bytes} is its size, or a lower bound when only that is known.
     */
    PageProducer.Outcome rejectOversize(String source, long bytes);

    /** The largest page this sender takes, in bytes. */
    int maxPageBytes();
}
