package io.newspipe.runtime;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the embedded parts log: {@code <state-dir>/logs/pipeline.log} (see {@code log4j2.xml}), so that the console
 * keeps the pipeline's own output. Counts the errors the embedded parts log, so that a command can point to the file
 * when something went wrong. Call {@link #useStateDir} once, before the broker starts. Thread-safe.
 */
public final class PipelineLogs {
    static final String LOG_DIR_PROPERTY = "newspipe.log.dir";
    private static final AtomicLong errors = new AtomicLong();
    private static volatile Path file;

    private PipelineLogs() {
    }

    /** Sends the log file to {@code <stateDir>/logs} and starts counting errors. */
    public static synchronized void useStateDir(Path stateDir) {
        Path dir = stateDir.resolve("logs").toAbsolutePath();
        System.setProperty(LOG_DIR_PROPERTY, dir.toString());
        file = dir.resolve("pipeline.log");
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.reconfigure();
        Configuration config = ctx.getConfiguration();
        AbstractAppender counter = new AbstractAppender("error-counter", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.ERROR)) {
                    errors.incrementAndGet();
                }
            }
        };
        counter.start();
        config.addAppender(counter);
        config.getRootLogger().addAppender(counter, Level.ERROR, null);
        ctx.updateLoggers();
    }

    /** The log file, or null before {@link #useStateDir}. */
    public static Path file() {
        return file;
    }

    /** Errors logged by the embedded parts (broker, Connect, Streams, clients) since start. */
    public static long errors() {
        return errors.get();
    }

    /** A line for the console when errors were logged: where to read them. Null when there were none. */
    public static String pointer() {
        long n = errors();
        return n == 0 || file == null ? null : n + " error(s) were logged by the embedded Kafka parts: see " + file;
    }
}
