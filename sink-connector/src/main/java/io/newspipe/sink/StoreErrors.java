package io.newspipe.sink;

import java.sql.SQLException;

/**
 * What a store error may say in a log line or an errant-record report: its SQLState and the first line of the
 * database's own message, never the statement or its parameters (a batch error quotes the whole INSERT, article text
 * included). Thread-safe.
 */
public final class StoreErrors {
    private static final int MAX = 200;

    private StoreErrors() {
    }

    /** {@code SQLSTATE 22021: invalid byte sequence …}, from the innermost chained exception that has a state. */
    public static String describe(SQLException e) {
        SQLException cause = e;
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            cause = next;
        }
        String state = cause.getSQLState() != null ? cause.getSQLState() : e.getSQLState();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int batchEntry = message.indexOf("Batch entry");
        if (batchEntry >= 0) {
            // PostgreSQL: "Batch entry 0 INSERT INTO … was aborted: ERROR: …": keep only what follows the statement.
            int aborted = message.indexOf("was aborted:");
            message = aborted >= 0 ? message.substring(aborted + "was aborted:".length()) : "batch entry failed";
        }
        message = message.strip().lines().findFirst().orElse("").strip();
        if (message.length() > MAX) {
            message = message.substring(0, MAX) + "…";
        }
        return "SQLSTATE " + state + ": " + message;
    }
}
