package io.newspipe.ingest;

/** Sends one page and says what became of it. {@link PageProducer} is the real one; tests use their own. */
@FunctionalInterface
public interface PageSender {
    /**
     * @param source a human name for the input (a path relative to the inbox, "stdin", "http")
     * @return never null
     */
    PageProducer.Outcome send(String source, byte[] data);
}
