package io.newspipe.runtime;

import io.newspipe.model.PageLimits;
import io.newspipe.model.Topics;
import io.newspipe.sink.ArticleSinkConfig;
import io.newspipe.sink.ArticleSinkConnector;
import io.newspipe.sink.JdbcUrls;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.ConnectorTaskId;
import org.apache.kafka.connect.util.FutureCallback;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An in-process Kafka Connect standalone worker running the article sink: a real worker (converters, offset
 * commits, errant-record reporting), its source offsets in a file under the state dir. Not thread-safe.
 */
public final class EmbeddedConnect implements AutoCloseable {
    public static final String SINK_DLQ = "articles.sink.dlq";

    private Connect<StandaloneHerder> connect;
    private String name;

    /**
     * One connector, and so one consumer group, per store: a store the pipeline has not written before is filled from
     * the topics' beginning, while a known one continues from its committed offsets.
     */
    public static String connectorName(String jdbcUrl) {
        String withoutSecrets = JdbcUrls.redact(jdbcUrl);
        return "newspipe-sink-" + io.newspipe.model.SourceIds.forText(withoutSecrets).substring(0, 8);
    }

    /** The consumer group Connect gives a sink connector's tasks. */
    public static String groupId(String connectorName) {
        return "connect-" + connectorName;
    }

    public static Map<String, String> workerConfig(String bootstrap, Path stateDir, PageLimits limits) {
        Map<String, String> w = new HashMap<>();
        w.put("bootstrap.servers", bootstrap);
        w.put("key.converter", StringConverter.class.getName());
        w.put("value.converter", StringConverter.class.getName());
        w.put("offset.storage.file.filename", stateDir.resolve("connect.offsets").toString());
        w.put("offset.flush.interval.ms", "500");
        w.put("listeners", "http://127.0.0.1:0");
        // Our plugin ships a ServiceLoader manifest: no classpath scan needed, and the worker starts faster.
        w.put("plugin.discovery", "service_load");
        // The streams app writes transactionally: the sink must not see aborted records.
        w.put("consumer.isolation.level", "read_committed");
        w.put("consumer.auto.offset.reset", "earliest");
        // The errant-record reporter sends the original record to the sink's DLQ: it must take what the topics take.
        w.put("producer.max.request.size", String.valueOf(limits.maxRecordBytes()));
        w.put("producer.compression.type", "zstd");
        return w;
    }

    public static Map<String, String> connectorConfig(String jdbcUrl, int replication) {
        Map<String, String> c = new HashMap<>();
        c.put("name", connectorName(jdbcUrl));
        c.put("connector.class", ArticleSinkConnector.class.getName());
        c.put("tasks.max", "1");
        c.put("topics", Topics.ENRICHED.name() + "," + Topics.DUPLICATES.name());
        c.put(ArticleSinkConfig.CONNECTION_URL, jdbcUrl);
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", SINK_DLQ);
        c.put("errors.deadletterqueue.topic.replication.factor", String.valueOf(replication));
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        c.put("errors.log.enable", "true");
        return c;
    }

    public EmbeddedConnect start(Map<String, String> worker, Map<String, String> connector) {
        name = connector.get("name");
        connect = new ConnectStandalone().startConnect(worker);
        FutureCallback<org.apache.kafka.connect.runtime.Herder.Created<org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo>> cb =
                new FutureCallback<>();
        connect.herder().putConnectorConfig(name, connector, true, cb);
        try {
            cb.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("the sink connector did not start: " + e.getMessage(), e);
        }
        return this;
    }

    /** The connector and task states as the herder reports them, e.g. {@code RUNNING/RUNNING}. */
    public String status() {
        var s = connect.herder().connectorStatus(name);
        StringBuilder b = new StringBuilder(s.connector().state());
        s.tasks().forEach(t -> b.append('/').append(t.state()).append(t.trace() == null ? "" : " " + t.trace()));
        return b.toString();
    }

    public String groupId() {
        return groupId(name);
    }

    public String connectorName() {
        return name;
    }

    /**
     * Asks the herder to restart every task that failed; returns the first failure's trace line (why it failed), or
     * null when none had.
     */
    public String restartFailedTasks() {
        String why = null;
        for (var t : connect.herder().connectorStatus(name).tasks()) {
            if ("FAILED".equals(t.state())) {
                if (why == null) {
                    why = t.trace() == null ? "no trace" : t.trace().lines().findFirst().orElse("");
                }
                connect.herder().restartTask(new ConnectorTaskId(name, t.id()), new FutureCallback<>());
            }
        }
        return why;
    }

    @Override
    public void close() {
        if (connect != null) {
            connect.stop();
            connect.awaitStop();
            connect = null;
        }
    }
}
