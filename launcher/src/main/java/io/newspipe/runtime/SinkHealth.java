package io.newspipe.runtime;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The sink's own view of its store, read from the metrics the task registers with the worker (JMX
 * {@code kafka.connect:type=plugins,connector=<name>,task=<n>}). Thread-safe.
 */
public final class SinkHealth {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final String connector;

    SinkHealth(String connector) {
        this.connector = connector;
    }

    /** What the task reports: retries so far, whether the store answers, and why not. */
    public record StoreState(long retries, long errant, boolean available, String error) {
        static final StoreState UNKNOWN = new StoreState(0, 0, true, null);
    }

    StoreState read() {
        try {
            Set<ObjectName> names = server.queryNames(new ObjectName("kafka.connect:type=plugins,connector="
                    + connector + ",*"), null);
            long retries = 0;
            long errant = 0;
            boolean available = true;
            String error = null;
            for (ObjectName n : names) {
                retries += number(n, "store-retries-total");
                errant += number(n, "records-errant-total");
                if (number(n, "store-available") == 0) {
                    available = false;
                    error = String.valueOf(server.getAttribute(n, "store-error"));
                }
            }
            return names.isEmpty() ? StoreState.UNKNOWN : new StoreState(retries, errant, available, error);
        } catch (Exception e) {
            return StoreState.UNKNOWN;
        }
    }

    private long number(ObjectName n, String attribute) throws Exception {
        Object v = server.getAttribute(n, attribute);
        return v instanceof Number x ? x.longValue() : 0;
    }
}
