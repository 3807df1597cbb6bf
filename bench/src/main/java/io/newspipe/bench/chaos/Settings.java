package io.newspipe.bench.chaos;

import java.time.Duration;

/**
 * How hard the suite pushes: the full run the issue asks for, or the smoke run that {@code verify} affords.
 *
 * @param pages       pages of the kill -9 replay
 * @param kills       kill -9 during it
 * @param outage      how long the store is unreachable
 * @param passBytes   a page this big must go through every input
 * @param rejectBytes a page this big must be rejected, with its reason, by every input
 * @param maxPageBytes the pipeline's page limit ({@code --max-page-bytes})
 * @param earlyKills  fresh state directories killed in their first seconds, each then replayed to the end
 */
record Settings(String name, int pages, int kills, Duration outage, int passBytes, int rejectBytes, int maxPageBytes,
                int earlyKills) {
    static final Settings FULL = new Settings("full", 1000, 5, Duration.ofSeconds(120), 5_000_000, 20_000_000,
            10 * 1024 * 1024, 20);
    static final Settings SMOKE = new Settings("smoke", 40, 2, Duration.ofSeconds(15), 600_000, 2_500_000,
            2 * 1024 * 1024, 2);
}
