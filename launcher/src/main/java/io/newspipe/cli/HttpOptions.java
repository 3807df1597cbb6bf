package io.newspipe.cli;

import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code run} and {@code explore} listen, and the token their HTTP endpoints ask for: one set of rules. */
final class HttpOptions {
    @Option(names = "--http-bind", defaultValue = "127.0.0.1", description = "HTTP address (default: ${DEFAULT-VALUE}).")
    String bind;
    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port; 0 picks one, -1 turns HTTP off where that is allowed (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--token-file", description = "A file holding the bearer token POST /articles and the explorer's API require (default: $NEWSPIPE_TOKEN; none when neither is set). Never on the command line: it would show in ps.")
    Path tokenFile;

    /** The token from --token-file, else $NEWSPIPE_TOKEN, else none (null). */
    String token() throws Exception {
        if (tokenFile != null) {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        return System.getenv("NEWSPIPE_TOKEN");
    }
}
