package io.newspipe.streams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanStopTest {
    @TempDir
    Path dir;

    private Path app() {
        return dir.resolve("streams").resolve("newspipe-enrich");
    }

    private CleanStop stop() {
        return CleanStop.of(dir.resolve("streams"));
    }

    /** Task directories as Kafka Streams lays them out, a store file in each, and the process metadata beside them. */
    private void someState() throws Exception {
        for (String task : new String[]{"0_0", "1_2", "12_10"}) {
            Path rocks = Files.createDirectories(app().resolve(task).resolve("rocksdb").resolve("seen-pages"));
            Files.writeString(rocks.resolve("000042.sst"), "written before the transaction committed");
        }
        Files.writeString(app().resolve("kafka-streams-process-metadata"), "processId: 1234");
    }

    @Test
    void aStartAfterACrashWipesEveryTaskButKeepsTheProcessId() throws Exception {
        someState();
        assertEquals(3, stop().beforeStart());
        assertFalse(Files.exists(app().resolve("0_0")));
        assertFalse(Files.exists(app().resolve("12_10")));
        assertTrue(Files.exists(app().resolve("kafka-streams-process-metadata")), "the transactional id must stay");
    }

    @Test
    void aStartAfterACleanStopKeepsTheStateOnceOnly() throws Exception {
        someState();
        stop().recordCleanStop();
        assertEquals(0, stop().beforeStart());
        assertTrue(Files.exists(app().resolve("1_2").resolve("rocksdb").resolve("seen-pages").resolve("000042.sst")));
        // The marker vouches for one stop: if this run is killed, the next start must wipe.
        assertEquals(3, stop().beforeStart());
    }

    @Test
    void aFirstStartHasNothingToWipe() {
        assertEquals(0, stop().beforeStart());
        assertFalse(Files.exists(app()));
    }

    @Test
    void onlyTaskDirectoriesAreTaskState() throws Exception {
        Files.createDirectories(app().resolve("not-a-task"));
        Files.createDirectories(app().resolve("0_x"));
        assertEquals(0, stop().beforeStart());
        assertTrue(Files.isDirectory(app().resolve("not-a-task")));
    }

    /** Only a close that returned in time and left the app NOT_RUNNING vouches for the state. */
    @Test
    void onlyAFinishedCloseIsRecorded() throws Exception {
        someState();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, TopologyNames.APPLICATION_ID);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        config.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            stop().afterClose(streams, true); // CREATED: never closed
            assertEquals(3, stop().beforeStart());
            someState();
            assertTrue(streams.close(Duration.ofSeconds(10)));
            stop().afterClose(streams, false); // as if the close had not returned in time
            assertEquals(3, stop().beforeStart());
            someState();
            stop().afterClose(streams, true); // NOT_RUNNING after close
            assertEquals(0, stop().beforeStart());
        }
    }
}
