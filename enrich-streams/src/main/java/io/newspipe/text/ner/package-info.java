/**
 * The entity tagger: character features, the averaged-perceptron model and its trainer, BIO reading and scoring.
 * May import {@code io.newspipe.text} and HanLP only; never the other stages or Kafka.
 */
package io.newspipe.text.ner;
