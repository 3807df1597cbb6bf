/**
 * Sequence labelling shared by the tagger of entities and the labeller of page lines: a linear-chain model over
 * hashed features, decoded by Viterbi under a transition constraint, trained as an averaged structured perceptron.
 * May import {@code io.newspipe.text} only.
 */
package io.newspipe.text.learn;
