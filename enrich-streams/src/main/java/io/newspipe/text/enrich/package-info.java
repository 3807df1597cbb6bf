/**
 * Stage 4: {@link io.newspipe.text.enrich.ArticleEnricher} and what it is made of: entities (through
 * {@code text.ner}), places against the gazetteer, quantities, Chinese numerals, dates, text metrics and TextRank.
 * May import {@code io.newspipe.text}, {@code text.ner} and {@code io.newspipe.model}; never Kafka.
 */
package io.newspipe.text.enrich;
