package io.newspipe.cli;

import io.newspipe.ingest.PageProducer;
import io.newspipe.model.Topics;
import io.newspipe.runtime.PipelineRuntime;
import io.newspipe.runtime.TopicSetup;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "send", description = "Only produce: send files, directories or standard input (-) to articles.raw of a running cluster.")
final class SendCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", required = true, description = "The cluster to send to.")
    String bootstrapServers;
    @Option(names = "--state-dir", defaultValue = "var", description = "Where the ledger of sent pages is kept (default: ${DEFAULT-VALUE}).")
    Path stateDir;
    @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
    Charset charset;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; - reads one page from standard input.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
             PageProducer producer = PipelineRuntime.producer(stateDir, bootstrapServers,
                     admin.describeCluster().clusterId().get(), charset)) {
            TopicSetup.ensure(admin, Topics.DEFAULT_PARTITIONS, (short) -1);
            int rejected = 0;
            List<Path> files = new ArrayList<>();
            for (String p : paths) {
                if (p.equals("-")) {
                    PageProducer.Outcome o = producer.send("stdin", System.in.readAllBytes());
                    System.out.println(o.kind().name().toLowerCase() + " stdin " + o.sourceId()
                            + (o.reason() == null ? "" : ": " + o.reason()));
                    rejected += o.kind() == PageProducer.Outcome.Kind.REJECTED ? 1 : 0;
                } else {
                    files.add(Path.of(p));
                }
            }
            if (!files.isEmpty()) {
                PageProducer.Report report = producer.sendPaths(files, new ProgressBar(System.out, System.console() != null));
                System.out.printf("pages: %d sent, %d already seen, %d rejected%n", report.sent(),
                        report.alreadySeen(), report.rejected().size());
                report.rejected().forEach(r -> System.out.println("  rejected: " + r));
                rejected += report.rejected().size();
            }
            return rejected == 0 ? 0 : 2;
        }
    }
}
