package io.newspipe.cli;

import io.newspipe.model.Topics;
import io.newspipe.runtime.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "tail", description = "Print a topic's records as JSON lines (read_committed) until Ctrl-C, "
        + "from a cluster or, without --bootstrap-servers, from the embedded broker's state.")
final class TailCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", description = "The cluster to read; default: start the embedded broker over --state-dir.")
    String bootstrapServers;
    @Option(names = "--state-dir", defaultValue = "var", description = "State of the embedded broker (default: ${DEFAULT-VALUE}).")
    Path stateDir;
    @Option(names = "--from-beginning", defaultValue = "true", negatable = true, description = "Start at the first record (default: true).")
    boolean fromBeginning;
    @Option(names = "--until-end", description = "Stop once every partition has been read to its end.")
    boolean untilEnd;
    @Parameters(paramLabel = "TOPIC")
    String topic;

    @Override
    public Integer call() throws Exception {
        if (Topics.byName(topic) == null) {
            System.err.println("note: " + topic + " is not one of the pipeline's topics; printing values as they are");
        }
        EmbeddedKafka embedded = null;
        String bootstrap = bootstrapServers;
        if (bootstrap == null) {
            if (!Files.exists(stateDir.resolve("kafka").resolve("meta.properties"))) {
                System.err.println("no embedded broker state under " + stateDir + ": run ./pipeline replay first, or pass --bootstrap-servers");
                return 1;
            }
            embedded = new EmbeddedKafka(stateDir.resolve("kafka")).start();
            bootstrap = embedded.bootstrapServers();
        }
        try {
            tail(bootstrap);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        return 0;
    }

    /**
     * The record as one JSON line: its value, or for a tombstone (an article retracted as a late duplicate, deleted
     * downstream) {@code {"key":"…","tombstone":true}}, so a reader can tell which article it removes.
     */
    static String line(String key, String value) {
        if (value != null) {
            return value;
        }
        String k = key == null ? "null" : "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "{\"key\":" + k + ",\"tombstone\":true}";
    }

    private void tail(String bootstrap) {
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Object> c = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                running.set(false);
                consumer.wakeup();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            if (fromBeginning) {
                consumer.seekToBeginning(parts);
            } else {
                consumer.seekToEnd(parts);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (running.get()) {
                try {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> System.out.println(line(r.key(), r.value())));
                } catch (WakeupException e) {
                    break;
                }
                if (untilEnd && parts.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    break;
                }
            }
            if (running.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }
}
