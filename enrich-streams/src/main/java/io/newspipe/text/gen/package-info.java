/**
 * Synthetic newspaper pages with known truth: articles from the seed pages and from People's Daily sentences, laid out
 * the way PDF extraction of Chinese papers does it, every line labelled. The splitter is trained and measured on
 * them. A tool package: may import the text stages and the model; no stage imports it.
 */
package io.newspipe.text.gen;
