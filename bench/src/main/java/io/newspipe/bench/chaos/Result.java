package io.newspipe.bench.chaos;

/** What one scenario measured, against its bar. Immutable. */
record Result(String scenario, boolean passed, String measured, String bar) {
    static Result of(String scenario, boolean passed, String measured, String bar) {
        return new Result(scenario, passed, measured, bar);
    }
}
