package io.newspipe.model;

import java.util.List;

/** Text metrics of one article body. Immutable. */
public record Metrics(int chars, int cjkChars, int sentences, int paragraphs, double readingMinutes, int entityCount,
                      int indicatorCount, List<String> keywords, String summary) {
}
