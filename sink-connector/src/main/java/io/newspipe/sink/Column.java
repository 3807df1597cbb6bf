package io.newspipe.sink;

/**
 * One column a statement writes: its name, its type, and, when the value is not bound as it is, the SQL expression
 * that takes the parameter (a search vector is {@code to_tsvector('simple', ?)}). Immutable.
 */
public record Column(String name, Type type, String expression) {
    /** How a value is bound and what SQL type it has. */
    public enum Type { TEXT, JSON, INT, BOOL, REAL, TIME }

    public Column(String name, Type type) {
        this(name, type, null);
    }
}
