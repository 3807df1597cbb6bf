package io.newspipe.cli;

import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.text.ArticleEnricher;
import io.newspipe.text.PageSplitter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@code pipeline} command. Each subcommand is thin: the work is in the modules it calls. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Kafka streaming ingestion pipeline for Chinese news text.",
        subcommands = {Main.ReplayCommand.class, Main.RunCommand.class, Main.SendCommand.class, Main.EvalNerCommand.class, Main.TrainNerCommand.class, Main.SplitCommand.class, Main.EnrichCommand.class, Main.TailCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Where the pipeline runs: shared by replay and run. */
    static final class Where {
        @Option(names = "--state-dir", defaultValue = "var", description = "Broker log, streams state, Connect offsets, SQLite store (default: ${DEFAULT-VALUE}).")
        Path stateDir;
        @Option(names = "--bootstrap-servers", description = "Use this Kafka cluster instead of the embedded broker.")
        String bootstrapServers;
        @Option(names = "--jdbc-url", description = "Write to this store (jdbc:postgresql://… or jdbc:sqlite:…) instead of <state-dir>/articles.db.")
        String jdbcUrl;
        @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics the pipeline creates (default: ${DEFAULT-VALUE}).")
        int partitions;
        @Option(names = "--timeout", defaultValue = "PT5M", description = "Longest wait for the pipeline to deliver (ISO-8601, default: ${DEFAULT-VALUE}).")
        Duration timeout;
        @Option(names = "--dedup-retention", defaultValue = "P30D", description = "How long pages, fingerprints and the near-duplicate index remember an article (ISO-8601, default: ${DEFAULT-VALUE}).")
        Duration dedupRetention;

        PipelineOptions options() {
            return new PipelineOptions(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, dedupRetention);
        }
    }

    @Command(name = "replay", description = "Send files and directories through the whole pipeline, wait until all of it is in the store, print a summary.")
    static final class ReplayCommand implements Callable<Integer> {
        @Mixin
        Where where;
        @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
        Charset charset;
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            PipelineOptions options = where.options();
            try (PipelineRuntime runtime = new PipelineRuntime(options).start()) {
                System.out.printf("pipeline up in %.1f s (kafka %s, store %s)%n", (System.nanoTime() - t0) / 1e9,
                        runtime.bootstrapServers(), options.effectiveJdbcUrl().replaceAll("password=[^&]*", "password=***"));
                Replay.Summary s = new Replay(runtime, options).run(paths, charset, System.out);
                s.print(System.out);
            }
            System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "run", description = "Run continuously: a watched inbox and an HTTP endpoint feed the pipeline; Ctrl-C stops it cleanly.")
    static final class RunCommand implements Callable<Integer> {
        @Mixin
        Where where;
        @Option(names = "--inbox", description = "Watched directory (default: <state-dir>/inbox). Sent files move to processed/, rejected ones to failed/ with a .error file.")
        Path inbox;
        @Option(names = "--glob", defaultValue = "*", description = "Which file names are pages (default: ${DEFAULT-VALUE}).")
        String glob;
        @Option(names = "--min-age", defaultValue = "PT2S", description = "Files younger than this are still being written (default: ${DEFAULT-VALUE}).")
        Duration minAge;
        @Option(names = "--poll", defaultValue = "PT1S", description = "Inbox scan interval (default: ${DEFAULT-VALUE}).")
        Duration poll;
        @Option(names = "--http-bind", defaultValue = "127.0.0.1", description = "HTTP address (default: ${DEFAULT-VALUE}).")
        String httpBind;
        @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port; 0 picks one, -1 turns HTTP off (default: ${DEFAULT-VALUE}).")
        int httpPort;
        @Option(names = "--max-body", defaultValue = "10485760", description = "Largest page accepted over HTTP, in bytes (default: ${DEFAULT-VALUE}).")
        long maxBody;
        @Option(names = "--token", defaultValue = "${env:NEWSPIPE_TOKEN}", description = "Bearer token required on POST /articles (default: $NEWSPIPE_TOKEN; none when unset).")
        String token;
        @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
        Charset charset;

        @Override
        public Integer call() throws Exception {
            PipelineOptions options = where.options();
            Path box = inbox != null ? inbox : options.stateDir().resolve("inbox");
            ContinuousRun run = new ContinuousRun(options, new ContinuousRun.Inputs(box, glob, minAge, poll, httpBind,
                    httpPort, maxBody, token, charset)).start();
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("stopping…");
                try {
                    run.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped.countDown();
            }, "pipeline-shutdown"));
            System.out.println("watching " + box.toAbsolutePath() + " (" + glob + ")");
            if (run.httpAddress() != null) {
                String base = "http://" + run.httpAddress().getHostString() + ":" + run.httpAddress().getPort();
                System.out.println("POST " + base + "/articles, GET " + base + "/health, GET " + base + "/metrics");
            }
            System.out.println("kafka " + run.runtime().bootstrapServers() + ", store "
                    + options.effectiveJdbcUrl().replaceAll("password=[^&]*", "password=***") + "; Ctrl-C stops");
            stopped.await();
            return 0;
        }
    }

    @Command(name = "send", description = "Only produce: send files, directories or standard input (-) to articles.raw of a running cluster.")
    static final class SendCommand implements Callable<Integer> {
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
            PipelineOptions options = new PipelineOptions(stateDir, bootstrapServers, null, Topics.DEFAULT_PARTITIONS,
                    Duration.ofMinutes(1));
            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                    Map.of("bootstrap.servers", bootstrapServers));
                 io.newspipe.ingest.PageProducer producer = PipelineRuntime.producer(stateDir, bootstrapServers,
                         admin.describeCluster().clusterId().get(), charset)) {
                TopicSetup.ensure(admin, options.partitions(), options.replication());
                int rejected = 0;
                List<Path> files = new java.util.ArrayList<>();
                for (String p : paths) {
                    if (p.equals("-")) {
                        var o = producer.send("stdin", System.in.readAllBytes());
                        System.out.println(o.kind().name().toLowerCase() + " stdin " + o.sourceId()
                                + (o.reason() == null ? "" : ": " + o.reason()));
                        rejected += o.kind() == io.newspipe.ingest.PageProducer.Outcome.Kind.REJECTED ? 1 : 0;
                    } else {
                        files.add(Path.of(p));
                    }
                }
                if (!files.isEmpty()) {
                    var report = producer.sendPaths(files, new ProgressBar(System.out, System.console() != null));
                    System.out.printf("pages: %d sent, %d already seen, %d rejected%n", report.sent(),
                            report.alreadySeen(), report.rejected().size());
                    report.rejected().forEach(r -> System.out.println("  rejected: " + r));
                    rejected += report.rejected().size();
                }
                return rejected == 0 ? 0 : 2;
            }
        }
    }

    @Command(name = "split", description = "Repair and split pages without Kafka; one JSON article per line.")
    static final class SplitCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            PageSplitter splitter = new PageSplitter();
            for (Path f : files) {
                for (Article a : splitter.split(page(f))) {
                    System.out.println(Json.writeString(a));
                }
            }
            return 0;
        }
    }

    @Command(name = "enrich", description = "Split and enrich pages without Kafka; one JSON article per line.")
    static final class EnrichCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            PageSplitter splitter = new PageSplitter();
            ArticleEnricher enricher = new ArticleEnricher();
            for (Path f : files) {
                for (Article a : splitter.split(page(f))) {
                    System.out.println(Json.writeString(enricher.enrich(a)));
                }
            }
            return 0;
        }
    }

    @Command(name = "eval-ner", description = "Score the enricher's entity recognition on a BIO file (one character and tag a line): "
            + "exact spans, per type and micro-averaged; the last line is ALL P … R … F1 ….")
    static final class EvalNerCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            io.newspipe.text.EntityExtractor extractor = new io.newspipe.text.EntityExtractor();
            for (Path f : files) {
                if (files.size() > 1) {
                    System.out.println("== " + f);
                }
                System.out.println(io.newspipe.text.ner.NerEvaluation.score(f, extractor::spans).report());
            }
            return 0;
        }
    }

    @Command(name = "train-ner", description = "Train the character NER model on BIO files (the shipped model: "
            + "../shared/ner/peoples_daily_test_bio.txt ../shared/ner/peoples_daily_dev_bio.txt, 15 epochs, min count 2, one augmented copy).")
    static final class TrainNerCommand implements Callable<Integer> {
        @Option(names = "--out", required = true, description = "Where to write the model (enrich-streams/src/main/resources/ner/char-perceptron.bin.gz ships it).")
        Path out;
        @Option(names = "--epochs", defaultValue = "15")
        int epochs;
        @Option(names = "--min-count", defaultValue = "2", description = "Leave out features seen fewer times (default: ${DEFAULT-VALUE}).")
        int minCount;
        @Option(names = "--eval", description = "A BIO file to score the new model on.")
        Path eval;
        @Option(names = "--augment", defaultValue = "1", description = "Copies of the corpus with entities swapped for others of their type (default: ${DEFAULT-VALUE}).")
        int augment;
        @Parameters(arity = "1..*", paramLabel = "TRAIN")
        List<Path> train;

        @Override
        public Integer call() throws Exception {
            List<io.newspipe.text.ner.BioSentence> corpus = new java.util.ArrayList<>();
            for (Path f : train) {
                corpus.addAll(io.newspipe.text.ner.BioReader.read(f));
            }
            io.newspipe.text.ner.CharFeatures features =
                    new io.newspipe.text.ner.CharFeatures(io.newspipe.text.EntityExtractor.segment());
            io.newspipe.text.ner.CharNerModel model = new io.newspipe.text.ner.CharNerTrainer(features, epochs, minCount, 1,
                    augment).train(corpus, System.out::println);
            try (var o = Files.newOutputStream(out)) {
                model.write(o);
            }
            System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
            if (eval != null) {
                System.out.println(io.newspipe.text.ner.NerEvaluation.score(eval,
                        t -> io.newspipe.text.ner.BioSentence.spans(model.tag(features.of(t)))).report());
            }
            return 0;
        }
    }

    static RawPage page(Path f) throws Exception {
        byte[] bytes = Files.readAllBytes(f);
        String text = new io.newspipe.ingest.CharsetDetector().decode(bytes, null).text();
        return new RawPage(SourceIds.forBytes(bytes), f.getFileName().toString(), Instant.now(), "UTF-8", text, bytes.length);
    }

    @Command(name = "tail", description = "Print a topic's records as JSON lines (read_committed) until Ctrl-C, "
            + "from a cluster or, without --bootstrap-servers, from the embedded broker's state.")
    static final class TailCommand implements Callable<Integer> {
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
                List<org.apache.kafka.common.TopicPartition> parts = consumer.partitionsFor(topic).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
                consumer.assign(parts);
                if (fromBeginning) {
                    consumer.seekToBeginning(parts);
                } else {
                    consumer.seekToEnd(parts);
                }
                Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(parts);
                while (running.get()) {
                    try {
                        consumer.poll(Duration.ofMillis(500)).forEach(r -> System.out.println(r.value()));
                    } catch (org.apache.kafka.common.errors.WakeupException e) {
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
}
