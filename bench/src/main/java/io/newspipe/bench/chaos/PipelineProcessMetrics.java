package io.newspipe.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /metrics} of a running pipeline (Prometheus text format). Stateless. */
final class PipelineProcessMetrics {
    private PipelineProcessMetrics() {
    }

    static String scrape(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The sum of a metric over all its label sets; 0 when absent. */
    static double sum(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)").matcher(scrape);
        double s = 0;
        while (m.find()) {
            s += Double.parseDouble(m.group(1));
        }
        return s;
    }
}
