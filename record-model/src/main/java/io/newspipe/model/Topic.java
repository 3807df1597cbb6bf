package io.newspipe.model;

import org.apache.kafka.common.serialization.Serde;

/**
 * A typed topic descriptor: name and serdes travel together, so no call site can pair a topic with the wrong format.
 *
 * @param name       the topic name
 * @param partitions how many partitions it is created with when the pipeline creates it
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions) {
}
