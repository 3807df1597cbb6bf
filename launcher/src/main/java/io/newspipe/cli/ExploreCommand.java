package io.newspipe.cli;

import io.newspipe.explore.Explorer;
import io.newspipe.explore.ExplorerStore;
import io.newspipe.explore.PipelineView;
import io.newspipe.runtime.DeadLetterReader;
import io.newspipe.runtime.WebServer;
import io.newspipe.sink.JdbcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
    @Option(names = "--http-bind", defaultValue = "127.0.0.1", description = "HTTP address (default: ${DEFAULT-VALUE}).")
    String httpBind;
    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port; 0 picks one (default: ${DEFAULT-VALUE}).")
    int httpPort;
    @Option(names = "--bootstrap-servers", description = "A Kafka cluster whose dead-letter topic the pipeline page shows (optional).")
    String bootstrapServers;
    @Option(names = "--token-file", description = "A file holding the token the API requires (default: $NEWSPIPE_TOKEN; none when neither is set).")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        String url = jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + stateDir.resolve("articles.db").toAbsolutePath();
        if (jdbcUrl == null && !Files.exists(stateDir.resolve("articles.db"))) {
            System.err.println("no store at " + stateDir.resolve("articles.db").toAbsolutePath()
                    + ": run ./pipeline replay seeds first, or give --state-dir or --jdbc-url");
            return 2;
        }
        String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip() : System.getenv("NEWSPIPE_TOKEN");
        WebServer http = new WebServer(new InetSocketAddress(httpBind, httpPort));
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
