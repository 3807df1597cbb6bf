/**
 * The news explorer: read-only queries over the article store the sink writes ({@link io.newspipe.explore.ExplorerStore}),
 * a JSON API over them ({@link io.newspipe.explore.ExplorerApi}), server-sent events for new articles
 * ({@link io.newspipe.explore.LiveFeed}) and the web pages, served from the jar ({@link io.newspipe.explore.StaticFiles}).
 * No Kafka import: the pipeline's own state reaches the pages through {@link io.newspipe.explore.PipelineView}.
 */
package io.newspipe.explore;
