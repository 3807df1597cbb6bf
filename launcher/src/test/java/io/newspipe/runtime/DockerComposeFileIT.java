package io.newspipe.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newspipe.model.Topic;
import io.newspipe.model.Topics;
import io.newspipe.sink.ArticleSinkConfig;
import io.newspipe.sink.ArticleSinkConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the build instead: every service is there,
 * every mounted path exists after {@code package}, the classes and jar it starts exist, and the worker and connector
 * configuration agree with the plugin and the topics. An IT because it needs the packaged artifacts.
 */
class DockerComposeFileIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JsonNode services;

    @BeforeAll
    static void parse() throws Exception {
        services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
    }

    @Test
    void everyPartIsThere() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("kafka", "kafka-init", "postgres", "connect", "connect-init", "enrich-1", "enrich-2", "producer", "explorer"), names);
    }

    @Test
    void everyMountedHostPathExistsAfterTheBuild() {
        List<String> missing = new ArrayList<>();
        services.forEach(s -> s.path("volumes").forEach(v -> {
            String host = v.asText().split(":")[0];
            if (host.startsWith("./") && !Files.exists(ROOT.resolve(host))) {
                missing.add(host);
            }
        }));
        assertTrue(missing.isEmpty(), "mounted but not built: " + missing);
        assertTrue(Files.exists(ROOT.resolve("sink-connector/target/plugin/newspipe-sink-connector")));
    }

    @Test
    void theJavaServicesStartClassesAndAJarTheBuildMakes() throws Exception {
        Pattern jar = Pattern.compile("/opt/newspipe/([\\w.-]+\\.jar)");
        for (String name : List.of("enrich-1", "enrich-2", "producer")) {
            List<String> cmd = new ArrayList<>();
            services.get(name).get("command").forEach(c -> cmd.add(c.asText()));
            assertEquals("java", cmd.get(0));
            Matcher m = jar.matcher(cmd.get(2));
            assertTrue(m.find(), cmd.get(2));
            assertTrue(Files.exists(ROOT.resolve("launcher/target").resolve(m.group(1))), m.group(1) + " is not built");
            assertDoesNotThrow(() -> Class.forName(cmd.get(3)), cmd.get(3));
            assertTrue(cmd.contains("kafka:9092"), name + " talks to the kafka service");
        }
    }

    @Test
    void theExplorerReadsTheStoreTheSinkWrites() throws Exception {
        List<String> cmd = new ArrayList<>();
        services.get("explorer").get("command").forEach(c -> cmd.add(c.asText()));
        assertDoesNotThrow(() -> Class.forName(cmd.get(3)), cmd.get(3));
        assertEquals("explore", cmd.get(4));
        String url = cmd.get(cmd.indexOf("--jdbc-url") + 1);
        JsonNode sink = new ObjectMapper().readTree(ROOT.resolve("docker/connect/newspipe-sink.json").toFile());
        assertTrue(url.startsWith(sink.get("connection.url").asText() + "?"), url);
        assertTrue(url.contains("user=" + sink.get("connection.user").asText()), url);
        // Inside its container it must listen beyond loopback for the port mapping to reach it.
        assertEquals("0.0.0.0", cmd.get(cmd.indexOf("--http-bind") + 1));
    }

    @Test
    void kafkaInitCreatesExactlyThePipelineTopics() {
        String script = services.get("kafka-init").get("command").get(0).asText();
        for (Topic<String, ?> t : Topics.all()) {
            assertTrue(script.contains(t.name()), t.name());
        }
        assertTrue(script.contains("--partitions " + Topics.DEFAULT_PARTITIONS));
        assertTrue(script.contains(EmbeddedConnect.SINK_DLQ));
    }

    @Test
    void theWorkerLoadsThePluginFromWhereItIsMounted() throws Exception {
        Properties worker = new Properties();
        try (FileInputStream in = new FileInputStream(ROOT.resolve("docker/connect/connect-distributed.properties").toFile())) {
            worker.load(in);
        }
        String pluginMount = null;
        for (JsonNode v : services.get("connect").get("volumes")) {
            if (v.asText().startsWith("./sink-connector/target/plugin:")) {
                pluginMount = v.asText().split(":")[1];
            }
        }
        assertEquals(worker.getProperty("plugin.path"), pluginMount);
        assertEquals("kafka:9092", worker.getProperty("bootstrap.servers"));
        assertEquals("read_committed", worker.getProperty("consumer.isolation.level"));
        assertTrue(services.get("connect").get("ports").get(0).asText().endsWith(":8083"));
    }

    @Test
    void theConnectorConfigIsValidAndPointsAtTheComposeDatabase() throws Exception {
        Map<String, String> config = new HashMap<>();
        new ObjectMapper().readTree(ROOT.resolve("docker/connect/newspipe-sink.json").toFile())
                .fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        assertEquals(ArticleSinkConnector.class.getName(), config.get("connector.class"));
        assertEquals(Topics.ENRICHED.name() + "," + Topics.DUPLICATES.name(), config.get("topics"));
        ArticleSinkConfig parsed = new ArticleSinkConfig(config);
        JsonNode pg = services.get("postgres").get("environment");
        assertEquals("jdbc:postgresql://postgres:5432/" + pg.get("POSTGRES_DB").asText(), parsed.connectionUrl);
        assertEquals(pg.get("POSTGRES_USER").asText(), parsed.user);
        assertEquals(pg.get("POSTGRES_PASSWORD").asText(), parsed.password.value());
        assertEquals(EmbeddedConnect.SINK_DLQ, config.get("errors.deadletterqueue.topic.name"));
    }

    @Test
    void theBrokerAdvertisesWhatItPublishes() {
        JsonNode env = services.get("kafka").get("environment");
        assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").asText().contains("PLAINTEXT://kafka:9092"));
        String hostPort = services.get("kafka").get("ports").get(0).asText().split(":")[0];
        assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").asText().contains("localhost:" + hostPort));
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES").asText());
    }
}
