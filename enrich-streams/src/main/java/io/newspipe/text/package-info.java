/**
 * The text stages as plain Java, one subpackage per stage in pipeline order: {@code page} (repair and split),
 * {@code dedup} (fingerprints, shingles, MinHash, SimHash), {@code enrich} (entities, quantities, dates, metrics) and
 * {@code ner} (the entity tagger). This package holds only the facts they share (character classes, names, hashing).
 * Nothing under {@code io.newspipe.text} may import Kafka or the streams, runtime or cli packages.
 */
package io.newspipe.text;



