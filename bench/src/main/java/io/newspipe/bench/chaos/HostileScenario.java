package io.newspipe.bench.chaos;

import io.newspipe.model.SourceIds;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile input through the inbox and over HTTP ({@link HostileInputs}), then one normal page: every input is
 * accepted (sent or already seen) or rejected with a reason, and every accepted page reaches the store or the dead
 * letters. The accounting identity {@code in = accepted + rejected} holds per input, the pipeline's own counters agree,
 * and the normal page sent last is processed: nothing is stuck behind a bad one.
 */
final class HostileScenario {
    private static final Pattern SOURCE_ID = Pattern.compile("\"sourceId\":\"([^\"]+)\"");

    private HostileScenario() {
    }

    /** What became of one input. */
    private record Outcome(String input, String how, boolean accepted, String sourceId, String detail) {
    }

    static Result run(Path work, List<Path> goods) throws Exception {
        String good = Files.readString(goods.get(0));
        String other = Files.readString(goods.get(1));
        Map<String, byte[]> bodies = HostileInputs.bodies(good, other);
        List<Outcome> outcomes = new ArrayList<>();
        Path state = work.resolve("hostile-state");
        try (RunningPipeline run = new RunningPipeline(state, List.of())) {
            run.start(Duration.ofMinutes(3));
            Files.createDirectories(run.inbox());
            for (Map.Entry<String, byte[]> e : bodies.entrySet()) {
                outcomes.add(http(run.port, "http:" + e.getKey(), "POST", "/articles", "text/plain", e.getValue(), null));
            }
            String json = "{\"text\":\"" + Files.readString(goods.get(2)).replace("\n", "\\n").replace("\"", "\\\"") + "\"}";
            for (String[] p : HostileInputs.protocol(json)) {
                outcomes.add(http(run.port, "http:" + p[0], p[1], p[2], p[3], p[4] == null ? null
                        : p[4].getBytes(StandardCharsets.UTF_8), p.length > 5 ? p[5] : null));
            }
            for (Map.Entry<String, byte[]> e : bodies.entrySet()) {
                Files.write(run.inbox().resolve(e.getKey() + ".txt"), e.getValue());
            }
            // Names and file kinds: a 250-byte name, spaces and emoji, a symlink out of the inbox, a symlink to a good
            // page, a directory, and a file written slowly in five appends.
            Files.write(run.inbox().resolve("长".repeat(80) + ".txt"), Files.readAllBytes(goods.get(3)));
            Files.write(run.inbox().resolve("name with spaces 😀.txt"), Files.readAllBytes(goods.get(4)));
            Files.createSymbolicLink(run.inbox().resolve("link-to-passwd.txt"), Path.of("/etc/passwd"));
            Files.createSymbolicLink(run.inbox().resolve("link-to-good.txt"), goods.get(5).toAbsolutePath());
            Files.createDirectories(run.inbox().resolve("a-directory.txt"));
            byte[] slow = Files.readAllBytes(goods.get(6));
            Path slowFile = run.inbox().resolve("written-slowly.txt");
            for (int i = 0; i < 5; i++) {
                Files.write(slowFile, java.util.Arrays.copyOfRange(slow, i * slow.length / 5, (i + 1) * slow.length / 5),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Thread.sleep(750);
            }
            List<String> files = new ArrayList<>(bodies.keySet().stream().map(k -> k + ".txt").toList());
            files.addAll(List.of("长".repeat(80) + ".txt", "name with spaces 😀.txt", "link-to-passwd.txt",
                    "link-to-good.txt", "written-slowly.txt"));
            for (String f : files) {
                outcomes.add(inbox(run.inbox(), f));
            }
            // The normal page last: it must be processed whatever came before it.
            Outcome last = http(run.port, "http:normal-page-last", "POST", "/articles", "text/plain",
                    Files.readAllBytes(goods.get(7)), null);
            outcomes.add(last);
            int arrived = 0;
            for (int i = 0; i < 600 && arrived == 0; i++) {
                arrived = OversizeScenario.arrived(run.jdbcUrl(), List.of(String.valueOf(last.sourceId())));
                Thread.sleep(500);
            }
            Runs.awaitQuiet(run.jdbcUrl(), Duration.ofSeconds(5), Duration.ofMinutes(5));
            String metrics = PipelineProcessMetrics.scrape(run.port);
            run.close();
            Set<String> downstream = new HashSet<>(Store.column(run.jdbcUrl(), "SELECT DISTINCT source_id FROM articles"));
            downstream.addAll(Store.column(run.jdbcUrl(), "SELECT DISTINCT source_id FROM duplicates"));
            for (String key : Runs.topic(state, "articles.dlq")) {
                downstream.add(key.replaceFirst("-\\d{2,}$", ""));
            }
            return reconcile(outcomes, downstream, arrived > 0, metrics, Files.exists(run.inbox().resolve("a-directory.txt")));
        }
    }

    private static Result reconcile(List<Outcome> outcomes, Set<String> downstream, boolean lastArrived, String metrics,
                                    boolean directoryLeft) {
        int accepted = 0;
        int rejected = 0;
        List<String> lost = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> how = new TreeMap<>();
        for (Outcome o : outcomes) {
            how.merge(o.how(), 1, Integer::sum);
            if (o.accepted()) {
                accepted++;
                if (o.sourceId() == null || !downstream.contains(o.sourceId())) {
                    lost.add(o.input());
                }
            } else if (o.detail() != null && !o.detail().isBlank()) {
                rejected++;
            } else {
                unexplained.add(o.input());
            }
        }
        double in = PipelineProcessMetrics.sum(metrics, "newspipe_pages_in_total");
        double seen = PipelineProcessMetrics.sum(metrics, "newspipe_pages_already_seen_total");
        double rejectedBySender = PipelineProcessMetrics.sum(metrics, "newspipe_pages_rejected_total");
        boolean ok = outcomes.size() >= 100 && lost.isEmpty() && unexplained.isEmpty() && lastArrived && directoryLeft
                && accepted + rejected == outcomes.size();
        return Result.of("hostile inputs (" + outcomes.size() + ", inbox and HTTP)", ok, String.format(
                "in %d = accepted %d + rejected with a reason %d; accepted but not in store or dead letters: %s; "
                        + "no reason: %s; pipeline counters: in %.0f, already seen %.0f, rejected %.0f; outcomes %s; "
                        + "normal page after them processed: %s", outcomes.size(), accepted, rejected, lost, unexplained,
                in, seen, rejectedBySender, how, lastArrived), "every input accounted for, nothing lost or stuck");
    }

    /** One raw HTTP request; the status and body decide the outcome. */
    private static Outcome http(int port, String name, String method, String path, String type, byte[] body,
                                String extraHeaders) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            if (type != null) {
                head.append("Content-Type: ").append(type).append("\r\n");
            }
            if (extraHeaders != null) {
                head.append(extraHeaders).append("\r\n");
            }
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.io.IOException e) {
                // The server may answer and close before it has read the body (413, 431): read what it said.
            }
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = reply.startsWith("HTTP/1.1 ") ? Integer.parseInt(reply.substring(9, 12)) : -1;
            String replyBody = reply.contains("\r\n\r\n") ? reply.substring(reply.indexOf("\r\n\r\n") + 4) : "";
            Matcher m = SOURCE_ID.matcher(replyBody);
            String id = m.find() ? m.group(1) : null;
            boolean ok = status == 200 || status == 202;
            return new Outcome(name, "http " + status, ok, id, ok ? null : status + " " + replyBody.strip());
        } catch (Exception e) {
            return new Outcome(name, "http error", false, null, null);
        }
    }

    /** Waits for the inbox to move a file to processed/ or failed/ (with its .error); a symlink must not be read. */
    private static Outcome inbox(Path inbox, String file) throws Exception {
        Path processed = inbox.resolve("processed").resolve(file);
        Path failed = inbox.resolve("failed").resolve(file);
        for (int i = 0; i < 300; i++) {
            if (Files.exists(processed, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return new Outcome("inbox:" + file, "processed", true,
                        SourceIds.forBytes(Files.readAllBytes(processed)), null);
            }
            if (Files.exists(failed, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Path error = errorFile(inbox.resolve("failed"), file);
                return new Outcome("inbox:" + file, "failed", false, null,
                        error == null ? null : Files.readString(error).strip());
            }
            Thread.sleep(100);
        }
        return new Outcome("inbox:" + file, "stuck in the inbox", false, null, null);
    }

    /** The reason file beside a failed one (a long name gets a shortened reason file name). */
    private static Path errorFile(Path failed, String file) throws Exception {
        Path direct = failed.resolve(file + ".error");
        if (Files.exists(direct)) {
            return direct;
        }
        try (var s = Files.list(failed)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".error"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains(file);
                        } catch (Exception e) {
                            return false;
                        }
                    }).findFirst().orElse(null);
        }
    }
}
