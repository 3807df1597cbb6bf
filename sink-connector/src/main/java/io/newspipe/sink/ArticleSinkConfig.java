package io.newspipe.sink;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

import java.util.Map;

/** Configuration of the article sink, parsed once into typed fields. Immutable. */
public final class ArticleSinkConfig extends AbstractConfig {
    private static final String CONNECTION_GROUP = "Connection";
    private static final String WRITES_GROUP = "Writes";
    private static final String RETRIES_GROUP = "Retries";

    public static final String CONNECTION_URL = "connection.url";
    private static final String CONNECTION_URL_DOC = "JDBC URL of the store: jdbc:sqlite:<file> or jdbc:postgresql://host:port/db. "
            + "The dialect is chosen from it.";
    private static final String CONNECTION_URL_DISPLAY = "JDBC URL";
    public static final String CONNECTION_USER = "connection.user";
    private static final String CONNECTION_USER_DOC = "Database user; may also be given in the URL.";
    private static final String CONNECTION_USER_DISPLAY = "User";
    public static final String CONNECTION_PASSWORD = "connection.password";
    private static final String CONNECTION_PASSWORD_DOC = "Database password. Never logged.";
    private static final String CONNECTION_PASSWORD_DISPLAY = "Password";

    public static final String TABLE_PREFIX = "table.prefix";
    private static final String TABLE_PREFIX_DOC = "Prefix of every table the sink creates and writes (e.g. 'news_').";
    private static final String TABLE_PREFIX_DISPLAY = "Table prefix";
    public static final String BATCH_SIZE = "batch.size";
    private static final String BATCH_SIZE_DOC = "Most records written in one transaction.";
    private static final String BATCH_SIZE_DISPLAY = "Batch size";
    public static final String AUTO_CREATE = "auto.create";
    private static final String AUTO_CREATE_DOC = "Create and migrate the tables at start from the versioned DDL.";
    private static final String AUTO_CREATE_DISPLAY = "Auto-create tables";
    public static final String DELETE_ON_TOMBSTONE = "delete.on.tombstone";
    private static final String DELETE_ON_TOMBSTONE_DOC = "A record with a null value deletes the article with that key "
            + "(true) or is ignored (false).";
    private static final String DELETE_ON_TOMBSTONE_DISPLAY = "Delete on tombstone";

    public static final String MAX_RETRIES = "max.retries";
    private static final String MAX_RETRIES_DOC = "How many times a batch is retried after a transient database error "
            + "(the store unreachable, out of resources, a deadlock) before the task fails; -1 (the default) retries "
            + "until the store is back.";
    private static final String MAX_RETRIES_DISPLAY = "Maximum retries";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    private static final String RETRY_BACKOFF_MS_DOC = "Wait before the first retry, in milliseconds; each further "
            + "retry waits twice as long, up to retry.backoff.max.ms.";
    private static final String RETRY_BACKOFF_MS_DISPLAY = "Retry backoff (ms)";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    private static final String RETRY_BACKOFF_MAX_MS_DOC = "The longest wait between two retries, in milliseconds.";
    private static final String RETRY_BACKOFF_MAX_MS_DISPLAY = "Longest retry backoff (ms)";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(CONNECTION_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, CONNECTION_URL_DOC, CONNECTION_GROUP, 1, Width.LONG, CONNECTION_URL_DISPLAY)
            .define(CONNECTION_USER, Type.STRING, null, Importance.HIGH, CONNECTION_USER_DOC, CONNECTION_GROUP, 2,
                    Width.MEDIUM, CONNECTION_USER_DISPLAY)
            .define(CONNECTION_PASSWORD, Type.PASSWORD, null, Importance.HIGH, CONNECTION_PASSWORD_DOC,
                    CONNECTION_GROUP, 3, Width.MEDIUM, CONNECTION_PASSWORD_DISPLAY)
            .define(TABLE_PREFIX, Type.STRING, "", new ConfigDef.NonNullValidator(), Importance.MEDIUM,
                    TABLE_PREFIX_DOC, WRITES_GROUP, 1, Width.SHORT, TABLE_PREFIX_DISPLAY)
            .define(BATCH_SIZE, Type.INT, 500, ConfigDef.Range.between(1, 100_000), Importance.MEDIUM, BATCH_SIZE_DOC,
                    WRITES_GROUP, 2, Width.SHORT, BATCH_SIZE_DISPLAY)
            .define(AUTO_CREATE, Type.BOOLEAN, true, Importance.MEDIUM, AUTO_CREATE_DOC, WRITES_GROUP, 3, Width.SHORT,
                    AUTO_CREATE_DISPLAY)
            .define(DELETE_ON_TOMBSTONE, Type.BOOLEAN, true, Importance.LOW, DELETE_ON_TOMBSTONE_DOC, WRITES_GROUP, 4,
                    Width.SHORT, DELETE_ON_TOMBSTONE_DISPLAY)
            .define(MAX_RETRIES, Type.INT, -1, ConfigDef.Range.atLeast(-1), Importance.MEDIUM, MAX_RETRIES_DOC,
                    RETRIES_GROUP, 1, Width.SHORT, MAX_RETRIES_DISPLAY)
            .define(RETRY_BACKOFF_MS, Type.LONG, 1000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                    RETRY_BACKOFF_MS_DOC, RETRIES_GROUP, 2, Width.SHORT, RETRY_BACKOFF_MS_DISPLAY)
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 60_000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                    RETRY_BACKOFF_MAX_MS_DOC, RETRIES_GROUP, 3, Width.SHORT, RETRY_BACKOFF_MAX_MS_DISPLAY);

    public final String connectionUrl;
    public final String user;
    public final Password password;
    public final String tablePrefix;
    public final int batchSize;
    public final boolean autoCreate;
    public final boolean deleteOnTombstone;
    public final int maxRetries;
    public final long retryBackoffMs;
    public final long retryBackoffMaxMs;
    public final Dialect dialect;

    public ArticleSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        connectionUrl = getString(CONNECTION_URL);
        user = getString(CONNECTION_USER);
        password = getPassword(CONNECTION_PASSWORD);
        tablePrefix = getString(TABLE_PREFIX);
        batchSize = getInt(BATCH_SIZE);
        autoCreate = getBoolean(AUTO_CREATE);
        deleteOnTombstone = getBoolean(DELETE_ON_TOMBSTONE);
        maxRetries = getInt(MAX_RETRIES);
        retryBackoffMs = getLong(RETRY_BACKOFF_MS);
        retryBackoffMaxMs = Math.max(retryBackoffMs, getLong(RETRY_BACKOFF_MAX_MS));
        if (!tablePrefix.matches("[A-Za-z0-9_]*")) {
            throw new ConfigException(TABLE_PREFIX, tablePrefix, "only letters, digits and '_' are allowed");
        }
        dialect = Dialect.forUrl(connectionUrl);
    }
}
