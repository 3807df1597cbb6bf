package io.newspipe.runtime;

import io.newspipe.model.PageLimits;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A durable single-node KRaft broker (combined broker and controller) over {@code <dir>}. The log dir is formatted on
 * first start only, so a second run finds its topics, offsets and transactions where the first left them. Listens on
 * 127.0.0.1 only. Not thread-safe; start and stop from one thread.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final Path logDir;
    private final int port;
    private KafkaRaftServer server;

    private final PageLimits limits;
    static final long CLEANER_BUFFER_BYTES = 32L << 20;

    public EmbeddedKafka(Path logDir) {
        this(logDir, PageLimits.DEFAULTS);
    }

    /** @param limits the broker takes records of the size these limits need, on every topic */
    public EmbeddedKafka(Path logDir, PageLimits limits) {
        this.logDir = logDir;
        this.port = FreePorts.pick();
        this.limits = limits;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public EmbeddedKafka start() {
        int controllerPort = FreePorts.pick();
        while (controllerPort == port) {
            // Two draws, neither bound yet, can give the same port.
            controllerPort = FreePorts.pick();
        }
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("message.max.bytes", String.valueOf(limits.maxRecordBytes()));
        // After a crash the controller keeps the dead incarnation's registration until its session expires, and the
        // restarted broker waits for that: a short session makes a restart quick (one process: no network to forgive).
        props.put("broker.session.timeout.ms", "2000");
        props.put("broker.heartbeat.interval.ms", "500");
        // The log cleaner's key map is a heap buffer of this size, allocated when the broker starts: the 128 MB
        // default was a quarter of a -Xmx512m pipeline for a map that one broker's changelogs hardly fill. 32 MB maps
        // 1.3 million keys a pass, and a log with more is cleaned in more passes (segments partly mapped).
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(CLEANER_BUFFER_BYTES));
        KafkaConfig config = new KafkaConfig(props, false);
        formatIfNeeded(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return this;
    }

    private void formatIfNeeded(KafkaConfig config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log dir " + logDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
