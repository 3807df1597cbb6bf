package io.newspipe.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pipeline's health as {@code /health} reports it: one state per part (broker, streams, sink, each input) and
 * the worst of them overall. {@code DEGRADED} means the pipeline still accepts input and loses nothing, but a part is
 * waiting (the store is unreachable, the sink task is being restarted). Immutable.
 */
public record Health(Status status, Map<String, Part> parts) {
    public enum Status { UP, DEGRADED, DOWN }

    /** One part's state and, when it is not UP, why. */
    public record Part(Status status, String detail) {
        public static Part up() {
            return new Part(Status.UP, null);
        }
    }

    public Health {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The health of these parts: the worst part's state. */
    public static Health of(Map<String, Part> parts) {
        Status worst = Status.UP;
        for (Part p : parts.values()) {
            if (p.status().ordinal() > worst.ordinal()) {
                worst = p.status();
            }
        }
        return new Health(worst, parts);
    }

    /** The same with more parts. */
    public Health with(Map<String, Part> more) {
        Map<String, Part> all = new LinkedHashMap<>(parts);
        all.putAll(more);
        return of(all);
    }

    /** The HTTP status {@code /health} answers: 503 only when a part is down. */
    public int httpStatus() {
        return status == Status.DOWN ? 503 : 200;
    }
}
