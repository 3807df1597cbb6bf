package io.newspipe.model;

/**
 * The size limits that must agree end to end: a page may be at most {@code maxPageBytes} as it arrives (HTTP,
 * inbox, {@code send}, {@code replay}), and every record derived from it must then fit the topics, the producers and
 * the broker. A raw page travels as JSON text, which for a GB18030 page is up to 1.5 times its bytes (3-byte UTF-8 for
 * 2-byte GBK characters) plus escapes; dead letters carry the original record. So each record may be twice the page
 * plus 1 MiB of headroom. An article is further capped at {@link #MAX_ARTICLE_CHARS} characters by the split stage.
 * Immutable.
 */
public record PageLimits(int maxPageBytes) {
    /** The default page limit: 10 MiB. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;
    public static final PageLimits DEFAULTS = new PageLimits(DEFAULT_MAX_PAGE_BYTES);
    /** The longest article body the split stage passes on; a longer one is a dead letter with its reason. */
    public static final int MAX_ARTICLE_CHARS = 100_000;

    public PageLimits {
        if (maxPageBytes < 1024 || maxPageBytes > 256 * 1024 * 1024) {
            throw new IllegalArgumentException("the page limit must be between 1 KiB and 256 MiB: " + maxPageBytes);
        }
    }

    /**
     * The largest record any topic of the pipeline must take: topics' {@code max.message.bytes}, producers'
     * {@code max.request.size} and the embedded broker's {@code message.max.bytes}.
     */
    public int maxRecordBytes() {
        return 2 * maxPageBytes + 1024 * 1024;
    }
}
