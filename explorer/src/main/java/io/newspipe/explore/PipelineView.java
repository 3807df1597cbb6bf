package io.newspipe.explore;

import java.util.List;
import java.util.Map;

/**
 * What the explorer shows of the pipeline that runs in the same process: health, counts, consumer lag, and the latest
 * dead letters. Implementations must be thread-safe and answer quickly (from snapshots, or with short timeouts).
 */
public interface PipelineView {
    /** No pipeline in this process ({@code pipeline explore}): the pages show the store alone. */
    PipelineView NONE = new PipelineView() {
        @Override
        public Map<String, Object> status() {
            return Map.of("running", false);
        }

        @Override
        public List<Map<String, Object>> deadLetters(int max) {
            return List.of();
        }
    };

    /**
     * {@code running}, and when it is: {@code health}, {@code counts} (as /metrics has them), {@code lag};
     * {@code deadLetters: true} when {@link #deadLetters} can answer.
     */
    Map<String, Object> status();

    /** The latest dead letters, newest first, at most {@code max}: stage, reason, topic coordinates, key. */
    List<Map<String, Object>> deadLetters(int max) throws Exception;
}
