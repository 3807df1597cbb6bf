package io.newspipe.cli;

import io.newspipe.explore.Explorer;
import io.newspipe.explore.ExplorerStore;
import io.newspipe.explore.PipelineView;
import io.newspipe.runtime.DeadLetterReader;
import io.newspipe.runtime.PipelineOptions;
import io.newspipe.runtime.WebServer;
import io.newspipe.sink.JdbcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "explore", description = "Serve the news explorer (search, articles, entities, indicators) over an existing store, without running the pipeline; Ctrl-C stops it.")
final class ExploreCommand implements Callable<Integer> {
    @Option(names = "--state-dir", defaultValue = "var", description = "The state directory whose articles.db to read (default: ${DEFAULT-VALUE}).")
    Path stateDir;
    @Option(names = "--jdbc-url", description = "Read this store (jdbc:postgresql://… or jdbc:sqlite:…) instead of <state-dir>/articles.db.")
    String jdbcUrl;
    @Option(names = "--table-prefix", defaultValue = "", description = "The sink's table.prefix, if it was given one.")
    String tablePrefix;
    @Mixin
    HttpOptions httpOptions;
    @Option(names = "--bootstrap-servers", description = "A Kafka cluster whose dead-letter topic the pipeline page shows (optional).")
    String bootstrapServers;

    @Override
    public Integer call() throws Exception {
        if (httpOptions.port < 0) {
            System.err.println("the explorer needs an HTTP port (0 picks one)");
            return 2;
        }
        String url = PipelineOptions.jdbcUrl(stateDir, jdbcUrl);
        if (jdbcUrl == null && !Files.exists(stateDir.resolve("articles.db"))) {
            System.err.println("no store at " + stateDir.resolve("articles.db").toAbsolutePath()
                    + ": run ./pipeline replay seeds first, or give --state-dir or --jdbc-url");
            return 2;
        }
        String token = httpOptions.token();
        WebServer http = new WebServer(new InetSocketAddress(httpOptions.bind, httpOptions.port));
        PipelineView view = bootstrapServers == null ? PipelineView.NONE : DeadLetterReader.cluster(bootstrapServers);
        Explorer explorer = new Explorer(new ExplorerStore(url, tablePrefix), view, token, Duration.ofSeconds(1));
        explorer.mount(http::route);
        http.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            explorer.close();
            http.close();
            stopped.countDown();
        }, "explorer-shutdown"));
        System.out.println("explorer on http://" + http.address().getHostString() + ":" + http.address().getPort()
                + "/ over " + JdbcUrls.redact(url) + "; Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
