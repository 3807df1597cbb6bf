package io.newspipe.cli;

import io.newspipe.text.gen.ArticleSource;
import picocli.CommandLine.Option;

/**
 * Which kind of pseudo-articles {@code train-splitter} and {@code eval-splitter} make their pages of: chained sentence to
 * sentence (the default), chained but wandering, or topical. One set of rules for both commands.
 */
final class StoryOptions {
    @Option(names = "--wander", defaultValue = "0", description = "Chance that a pseudo-article jumps to a random sentence after each one "
            + "(0: every sentence chained to the last by shared words; default: ${DEFAULT-VALUE}).")
    double wander;
    @Option(names = "--topical", description = "Pseudo-articles drawn from one topic each, in any order, their people and places recast "
            + "(ArticleSource.topical()), instead of chained sentence to sentence.")
    boolean topical;
    @Option(names = "--leads", defaultValue = "0", description = "Chance that a pseudo-article opens on a lead-shaped sentence "
            + "(a date, 近日, an agency's dateline…; ArticleSource.leading; default: ${DEFAULT-VALUE}, any sentence).")
    double leads;

    /** Whether the stories are other than chained. */
    boolean drawn() {
        return topical || wander > 0;
    }

    /** {@code source}'s stories of the kind asked for; both kinds at once are refused. */
    ArticleSource of(ArticleSource source) {
        if (topical && wander > 0) {
            throw new IllegalArgumentException("--topical and --wander are two kinds of stories: give one");
        }
        return (topical ? source.topical() : source.wandering(wander)).leading(leads);
    }
}
