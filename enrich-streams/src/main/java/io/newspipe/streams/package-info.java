/**
 * The enrich-streams application: {@link io.newspipe.streams.EnrichTopology} wires the text stages
 * ({@code io.newspipe.text.*}) into a Kafka Streams topology, with one processor per stage and the routing of
 * duplicates and dead letters. May import the text stages, the record model and Kafka; never the launcher.
 */
package io.newspipe.streams;
