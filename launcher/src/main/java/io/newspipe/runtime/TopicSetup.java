package io.newspipe.runtime;

import io.newspipe.model.Topic;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** Creates the public topics with explicit partition counts; existing topics are left as they are. */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void ensure(Admin admin, int partitions, short replication) {
        List<NewTopic> wanted = new ArrayList<>();
        for (Topic<String, ?> t : Topics.all()) {
            wanted.add(new NewTopic(t.name(), Optional.of(partitions), Optional.of(replication)));
        }
        wanted.add(new NewTopic(EmbeddedConnect.SINK_DLQ, Optional.of(1), Optional.of(replication)));
        for (NewTopic t : wanted) {
            try {
                admin.createTopics(List.of(t)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
