/**
 * Stages 1 and 2: {@link io.newspipe.text.page.PageRepair} turns a page as extracted into a
 * {@link io.newspipe.text.page.RepairedPage}, and {@link io.newspipe.text.page.PageSplitter} cuts that into articles.
 * May import {@code io.newspipe.text}, {@code io.newspipe.model} and the exact-duplicate key of {@code text.dedup};
 * never {@code text.enrich}, {@code text.ner} or Kafka.
 */
package io.newspipe.text.page;
