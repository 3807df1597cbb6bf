/**
 * The near-duplicate stage of the topology: probe, band and resolve processors, their messages and the band bucket's
 * binary state format. {@link io.newspipe.streams.near.NearDuplicateStage} is its one entry point. May import
 * {@code io.newspipe.streams} (outcomes, names, metrics), {@code text.dedup} and Kafka Streams.
 */
package io.newspipe.streams.near;
