package io.newspipe.bench.chaos;

import io.newspipe.model.SourceIds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Big pages through every input (HTTP, the inbox, {@code send}, {@code replay}): one of {@code passBytes} must go
 * through and one of {@code rejectBytes} must be refused with its reason, and a normal page sent right after each
 * must be processed. A page "goes through" when its source id shows up in the store (articles or duplicates).
 */
final class OversizeScenario {
    private OversizeScenario() {
    }

    static Result run(Path work, Settings s, List<Path> smalls) throws Exception {
        Path dir = Files.createDirectories(work.resolve("oversize-pages"));
        String limit = String.valueOf(s.maxPageBytes());
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> mustArrive = new ArrayList<>();
        boolean ok = true;
        try (RunningPipeline run = new RunningPipeline(work.resolve("oversize-state"), List.of("--max-page-bytes", limit))) {
            run.start(Duration.ofMinutes(3));
            int next = 0;
            String[] inputs = {"http", "inbox", "send"};
            for (int i = 0; i < inputs.length; i++) {
                Path big = write(dir, inputs[i] + "-pass.txt", Corpus.ofSize(s.passBytes(), 100 + i));
                Path huge = write(dir, inputs[i] + "-reject.txt", Corpus.ofSize(s.rejectBytes(), 200 + i));
                Path after1 = smalls.get(next++);
                Path after2 = smalls.get(next++);
                String pass = send(inputs[i], run, big, work, limit);
                String small1 = send(inputs[i], run, after1, work, limit);
                String reject = send(inputs[i], run, huge, work, limit);
                String small2 = send(inputs[i], run, after2, work, limit);
                boolean rejected = reject.startsWith("rejected");
                ok &= pass.startsWith("accepted") && small1.startsWith("accepted") && rejected && small2.startsWith("accepted");
                outcomes.put(inputs[i], String.format("%d B %s; %d B %s", Files.size(big), pass.split(":")[0],
                        Files.size(huge), reject.length() > 90 ? reject.substring(0, 90) + "…" : reject));
                for (Path p : List.of(big, after1, after2)) {
                    mustArrive.add(SourceIds.forBytes(Files.readAllBytes(p)));
                }
            }
            long t0 = System.nanoTime();
            int arrived = 0;
            while (System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
                arrived = arrived(run.jdbcUrl(), mustArrive);
                if (arrived == mustArrive.size()) {
                    break;
                }
                Thread.sleep(1000);
            }
            ok &= arrived == mustArrive.size();
            // replay: its own process and state, the same two sizes and a normal page after each.
            Path passDir = Files.createDirectories(work.resolve("oversize-replay-pass"));
            Path rejectDir = Files.createDirectories(work.resolve("oversize-replay-reject"));
            Files.copy(write(dir, "replay-pass.txt", Corpus.ofSize(s.passBytes(), 300)), passDir.resolve("a.txt"));
            Files.copy(smalls.get(next++), passDir.resolve("b.txt"));
            Files.copy(write(dir, "replay-reject.txt", Corpus.ofSize(s.rejectBytes(), 301)), rejectDir.resolve("a.txt"));
            Files.copy(smalls.get(next), rejectDir.resolve("b.txt"));
            Path state = work.resolve("oversize-replay-state");
            int exitPass = Runs.replay(state, Duration.ofMinutes(15), List.of("--max-page-bytes", limit), passDir);
            int exitReject = Runs.replay(state, Duration.ofMinutes(15), List.of("--max-page-bytes", limit), rejectDir);
            String log = Files.readString(work.resolve("oversize-replay-state.log"), StandardCharsets.UTF_8);
            int replayed = arrived(Store.sqlite(state), List.of(id(passDir.resolve("a.txt")), id(passDir.resolve("b.txt")),
                    id(rejectDir.resolve("b.txt"))));
            boolean reasoned = log.contains("over the limit") || log.contains("larger than");
            ok &= exitPass == 0 && replayed == 3 && reasoned;
            outcomes.put("replay", String.format("exit %d then %d, %d of 3 normal/pass pages stored, reason printed: %s",
                    exitPass, exitReject, replayed, reasoned));
            return Result.of(String.format("pages of %.1f MB and %.1f MB through every input", s.passBytes() / 1e6,
                    s.rejectBytes() / 1e6), ok, outcomes + String.format("; %d of %d pages that must arrive did",
                    arrived, mustArrive.size()), "the first goes through, the second is refused with a reason, the next page is processed");
        }
    }

    private static String id(Path p) throws Exception {
        return SourceIds.forBytes(Files.readAllBytes(p));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static int arrived(String jdbcUrl, List<String> sourceIds) {
        List<String> seen = new ArrayList<>(Store.column(jdbcUrl, "SELECT DISTINCT source_id FROM articles"));
        seen.addAll(Store.column(jdbcUrl, "SELECT DISTINCT source_id FROM duplicates"));
        return (int) sourceIds.stream().filter(seen::contains).count();
    }

    /** Sends one page by one input; "accepted: …" or "rejected: reason". */
    static String send(String input, RunningPipeline run, Path page, Path work, String limit) throws Exception {
        switch (input) {
            case "http" -> {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + run.port + "/articles")).timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofFile(page)).build(), HttpResponse.BodyHandlers.ofString());
                return (r.statusCode() < 300 ? "accepted: " : "rejected: ") + r.statusCode() + " " + r.body();
            }
            case "inbox" -> {
                Files.createDirectories(run.inbox());
                Path tmp = run.state.resolve(page.getFileName() + ".part");
                Files.copy(page, tmp);
                Files.move(tmp, run.inbox().resolve(page.getFileName()));
                Path processed = run.inbox().resolve("processed").resolve(page.getFileName());
                Path error = run.inbox().resolve("failed").resolve(page.getFileName() + ".error");
                for (int i = 0; i < 600; i++) {
                    if (Files.exists(processed)) {
                        return "accepted: processed/";
                    }
                    if (Files.exists(error)) {
                        return "rejected: failed/ " + Files.readString(error).strip();
                    }
                    Thread.sleep(100);
                }
                return "stuck: neither processed/ nor failed/ after 60 s";
            }
            default -> {
                Path log = work.resolve("oversize-send.log");
                int exit = PipelineProcess.start(log, List.of("send", "--bootstrap-servers", run.process().bootstrap(),
                        "--state-dir", work.resolve("oversize-send-state").toString(), "--max-page-bytes", limit,
                        page.toString())).waitExit(Duration.ofMinutes(5));
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
                // send exits 2 and prints "rejected: <reason>" for a page it refuses.
                return (exit == 2 ? "rejected: " : exit == 0 ? "accepted: " : "failed: exit " + exit + " ") + last;
            }
        }
    }
}
