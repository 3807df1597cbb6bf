package io.newspipe.bench.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The reliability suite: the pipeline as a user runs it ({@code pipeline replay} and {@code run} in processes of their
 * own), pushed by crashes (also in the first seconds of a fresh state dir), a store outage, big pages, hostile
 * input, stalled clients and SIGTERM; each scenario measured against its bar, and a results table printed.
 * {@code bench/run.sh chaos [full|smoke] [scenario…]}; the smoke run is what {@code verify} runs
 * ({@code ReliabilitySmokeIT}). Scenarios: kill, restart, early-kill, outage, oversize, hostile, slow, sigterm.
 */
public final class ChaosSuite {
    private ChaosSuite() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = args.length > 0 && args[0].equals("smoke") ? Settings.SMOKE : Settings.FULL;
        Set<String> only = Set.copyOf(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        Path work = Files.createTempDirectory("newspipe-chaos-");
        System.out.println("reliability suite (" + settings.name() + "), work dir " + work);
        List<Result> results = run(settings, work, only);
        System.out.println(table(results));
        System.exit(results.stream().allMatch(Result::passed) ? 0 : 1);
    }

    static List<Result> run(Settings s, Path work, Set<String> only) throws Exception {
        List<Path> pages = Corpus.write(work.resolve("pages"), s.pages(), 11);
        Path small = Files.createDirectories(work.resolve("small"));
        List<Path> smalls = new ArrayList<>();
        for (Path p : pages.subList(0, 12)) {
            smalls.add(Files.copy(p, small.resolve(p.getFileName())));
        }
        List<Result> out = new ArrayList<>();
        Store.Snapshot cleanSmall = null;
        if (wants(only, "restart", "outage", "sigterm", "early-kill")) {
            Path state = work.resolve("clean-small");
            require(Runs.replay(state, Duration.ofMinutes(10), List.of(), small), "clean replay of the small set");
            cleanSmall = Store.Snapshot.of(Store.sqlite(state));
        }
        if (wants(only, "kill")) {
            Path state = work.resolve("clean-all");
            long t0 = System.nanoTime();
            require(Runs.replay(state, Duration.ofMinutes(30), List.of(), work.resolve("pages")), "clean replay");
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.add(report(KillScenario.run(work, s, work.resolve("pages"), Store.Snapshot.of(Store.sqlite(state)),
                    Runs.topic(state, "articles.enriched"), seconds)));
        }
        if (wants(only, "restart")) {
            out.add(report(RestartScenario.run(work, smalls, cleanSmall)));
        }
        if (wants(only, "early-kill")) {
            out.add(report(EarlyKillScenario.run(work, s, small, cleanSmall)));
        }
        if (wants(only, "outage")) {
            out.add(report(OutageScenario.run(work, s, smalls.subList(0, 6), smalls.subList(6, 12), cleanSmall)));
        }
        if (wants(only, "sigterm")) {
            out.add(report(SigtermScenario.run(work, smalls, cleanSmall)));
        }
        if (wants(only, "oversize")) {
            out.add(report(OversizeScenario.run(work, s, pages.subList(30, 38))));
        }
        if (wants(only, "hostile")) {
            out.add(report(HostileScenario.run(work, pages.subList(20, 28))));
        }
        if (wants(only, "slow")) {
            out.add(report(SlowClientsScenario.run(work, pages.get(38))));
        }
        return out;
    }

    private static boolean wants(Set<String> only, String... names) {
        return only.isEmpty() || Arrays.stream(names).anyMatch(only::contains);
    }

    private static void require(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exit);
        }
    }

    private static Result report(Result r) {
        System.out.printf("%s %s: %s%n", r.passed() ? "PASS" : "FAIL", r.scenario(), r.measured());
        return r;
    }

    /** The results as a Markdown table, as the README carries it. */
    static String table(List<Result> results) {
        StringBuilder b = new StringBuilder("| scenario | bar | measured | |\n|---|---|---|---|\n");
        for (Result r : results) {
            b.append("| ").append(r.scenario()).append(" | ").append(r.bar()).append(" | ").append(r.measured())
                    .append(" | ").append(r.passed() ? "pass" : "**FAIL**").append(" |\n");
        }
        return b.toString();
    }
}
