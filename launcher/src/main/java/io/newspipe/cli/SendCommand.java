package io.newspipe.cli;

import io.newspipe.ingest.PageFileSender;
import io.newspipe.ingest.PageProducer;
import io.newspipe.model.PageLimits;
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
    @Option(names = "--max-page-bytes", defaultValue = "" + PageLimits.DEFAULT_MAX_PAGE_BYTES, description = "Largest page accepted, in bytes; topics are sized to match (default: ${DEFAULT-VALUE}).")
    int maxPageBytes;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; - reads one page from standard input.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
             PageProducer producer = PipelineRuntime.producer(stateDir, bootstrapServers,
                     admin.describeCluster().clusterId().get(), charset, new PageLimits(maxPageBytes))) {
            TopicSetup.ensure(admin, Topics.DEFAULT_PARTITIONS, (short) -1, new PageLimits(maxPageBytes));
            int rejected = 0;
            List<Path> files = new ArrayList<>();
            for (String p : paths) {
                if (p.equals("-")) {
                    byte[] page = System.in.readNBytes(maxPageBytes + 1);
                    PageProducer.Outcome o = page.length > maxPageBytes ? producer.rejectOversize("stdin", page.length)
                            : producer.send("stdin", page);
                    System.out.println(o.kind().name().toLowerCase() + " stdin " + o.sourceId()
                            + (o.reason() == null ? "" : ": " + o.reason()));
                    rejected += o.kind() == PageProducer.Outcome.Kind.REJECTED ? 1 : 0;
                } else {
                    files.add(Path.of(p));
                }
            }
            if (!files.isEmpty()) {
                PageFileSender.Report report = new PageFileSender(producer).send(files,
                        new ProgressBar(System.out, System.console() != null));
                System.out.printf("pages: %d sent, %d already seen, %d rejected%n", report.sent(),
                        report.alreadySeen(), report.rejected().size());
                report.rejected().forEach(r -> System.out.println("  rejected: " + r));
                rejected += report.rejected().size();
            }
            return rejected == 0 ? 0 : 2;
        }
    }
}
