package io.newspipe.streams;

/**
 * What the topology reports while it runs: how long each stage took per record, and what came out. The launcher
 * backs it with Micrometer; the default records nothing. Implementations must be thread-safe (all stream threads
 * share one).
 */
public interface StageMetrics {
    StageMetrics NONE = new StageMetrics() {
        @Override
        public void stage(String stage, long nanos) {
        }

        @Override
        public void outcome(String kind, String detail) {
        }
    };

    /** One record passed through {@code stage} in {@code nanos}. */
    void stage(String stage, long nanos);

    /**
     * One record came out: {@code kind} is {@code enriched}, {@code duplicate} (detail: the method) or {@code dead}
     * (detail: the stage that rejected it); or a page went no further: {@code redelivered} (the producer's resend of
     * a page already in, after a crash; no detail).
     */
    void outcome(String kind, String detail);
}
