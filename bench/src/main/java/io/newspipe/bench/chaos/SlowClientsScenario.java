package io.newspipe.bench.chaos;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Six clients that start an upload and then send its body a byte at a time: while they hang on, /health must answer
 * within a second and a normal upload must be taken. Nothing here may wait on the stalled ones.
 */
final class SlowClientsScenario {
    private SlowClientsScenario() {
    }

    static Result run(Path work, Path page) throws Exception {
        try (RunningPipeline run = new RunningPipeline(work.resolve("slow-state"), List.of())) {
            run.start(Duration.ofMinutes(3));
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Socket s = new Socket("127.0.0.1", run.port);
                OutputStream out = s.getOutputStream();
                out.write(("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write("中".getBytes(StandardCharsets.UTF_8));
                out.flush();
                slow.add(s);
            }
            Thread trickle = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (Socket s : slow) {
                            s.getOutputStream().write('a');
                        }
                        Thread.sleep(500);
                    }
                } catch (Exception e) {
                    // the server gave up on a slow client: that is allowed
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            double worst = 0;
            int answered = 0;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.port
                            + "/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    answered += r.statusCode() > 0 ? 1 : 0;
                } catch (Exception e) {
                    worst = Math.max(worst, 5);
                }
                worst = Math.max(worst, (System.nanoTime() - t0) / 1e9);
                Thread.sleep(250);
            }
            long t0 = System.nanoTime();
            HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.port
                            + "/articles")).timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(page))).build(),
                    HttpResponse.BodyHandlers.ofString());
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            trickle.interrupt();
            for (Socket s : slow) {
                s.close();
            }
            boolean ok = answered == 20 && worst < 1.0 && upload.statusCode() == 202;
            return Result.of("six stalled uploads", ok, String.format("/health answered %d of 20, slowest %.3f s; "
                    + "a normal upload answered %d in %.3f s", answered, worst, upload.statusCode(), uploadSeconds),
                    "/health within 1 s");
        }
    }
}
