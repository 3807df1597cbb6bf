package io.newspipe.runtime;

import io.newspipe.model.PageLimits;
import io.newspipe.model.Topic;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Creates the public topics with explicit partition counts and a record size that fits the page limit. A topic that
 * exists keeps its partitions; its size limit is raised if it is below what the page limit needs.
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void ensure(Admin admin, int partitions, short replication, PageLimits limits) {
        Map<String, String> configs = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(limits.maxRecordBytes()));
        List<NewTopic> wanted = new ArrayList<>();
        for (Topic<String, ?> t : Topics.all()) {
            wanted.add(new NewTopic(t.name(), Optional.of(partitions), Optional.of(replication)).configs(configs));
        }
        wanted.add(new NewTopic(EmbeddedConnect.SINK_DLQ, Optional.of(1), Optional.of(replication)).configs(configs));
        try {
            for (NewTopic t : wanted) {
                try {
                    admin.createTopics(List.of(t)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e);
                    }
                    raiseLimit(admin, t.name(), limits.maxRecordBytes());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void raiseLimit(Admin admin, String topic, int bytes) throws InterruptedException {
        ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            ConfigEntry current = admin.describeConfigs(List.of(r)).all().get().get(r).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (current == null || Long.parseLong(current.value()) < bytes) {
                admin.incrementalAlterConfigs(Map.of(r, List.of(new AlterConfigOp(new ConfigEntry(
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes)), AlterConfigOp.OpType.SET)))).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot raise the record size of " + topic + " to " + bytes + " bytes: "
                    + e.getCause().getMessage(), e);
        }
    }
}
