package io.newspipe.sink;

import io.newspipe.model.Article;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How a dialect keeps the articles searchable, inside the writer's transaction. There are two ways, and a dialect may
 * use either: columns of the article row, written by the article upsert itself (PostgreSQL's search vector), or a
 * table of its own kept in step by statements of its own (SQLite's FTS5 table). Implementations are stateless.
 */
public interface SearchIndex {
    /** Columns the article upsert writes besides the shared ones; none by default. */
    default List<Column> articleColumns() {
        return List.of();
    }

    /** The values of {@link #articleColumns()} for one article, in order. */
    default List<Object> articleValues(Article a) {
        return List.of();
    }

    /** The index's own statements for one batch; by default there are none. */
    default Batch prepare(Connection c) throws SQLException {
        return Batch.NONE;
    }

    /** One batch's index statements, run at fixed points of the writer's batch. Not thread-safe. */
    interface Batch extends AutoCloseable {
        Batch NONE = new Batch() {
        };

        /** The article {@code id} is upserted in this batch. */
        default void index(String id) throws SQLException {
        }

        /** The article {@code id} is deleted in this batch. */
        default void remove(String id) throws SQLException {
        }

        /** Runs before the article upserts (while the old rows are still there). */
        default void beforeUpserts() throws SQLException {
        }

        /** Runs after the article upserts. */
        default void afterUpserts() throws SQLException {
        }

        @Override
        default void close() throws SQLException {
        }
    }
}
