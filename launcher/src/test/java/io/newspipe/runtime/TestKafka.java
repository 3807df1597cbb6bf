package io.newspipe.runtime;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The broker an integration test runs against: a Testcontainers {@code apache/kafka} broker when a Docker engine
 * answers, otherwise an in-process KRaft cluster from Kafka's own test kit. Both are real brokers; which one ran is
 * printed, never skipped silently.
 */
final class TestKafka implements AutoCloseable {
    static final String IMAGE = "apache/kafka:4.1.0";
    private final KafkaContainer container;
    private final KafkaClusterTestKit cluster;

    private TestKafka(KafkaContainer container, KafkaClusterTestKit cluster) {
        this.container = container;
        this.cluster = cluster;
    }

    static TestKafka start() throws Exception {
        if (!Boolean.getBoolean("newspipe.it.inProcess") && dockerAvailable()) {
            KafkaContainer c = new KafkaContainer(IMAGE);
            c.start();
            System.err.println("[it] Kafka: Testcontainers " + IMAGE + " at " + c.getBootstrapServers());
            return new TestKafka(c, null);
        }
        KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
        System.err.println("[it] Kafka: in-process KafkaClusterTestKit (no Docker engine) at " + kit.bootstrapServers());
        return new TestKafka(null, kit);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    String bootstrapServers() {
        return container != null ? container.getBootstrapServers() : cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        if (container != null) {
            container.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }
}
