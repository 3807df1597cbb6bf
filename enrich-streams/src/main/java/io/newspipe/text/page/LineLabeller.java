package io.newspipe.text.page;

import io.newspipe.text.learn.LinearChainModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Labels each line of a repaired page with its role and whether it opens an article: a linear-chain model over
 * {@link LineFeatures}, trained on generated pages ({@code ./pipeline train-splitter}, see the README). Two ship: the
 * first pass's over physical lines ({@code splitter/line-perceptron.bin.gz}), whose continuation labels the split
 * uses, and the second pass's over {@link LogicalLines} ({@code splitter/logical-perceptron.bin.gz}). Immutable;
 * thread-safe.
 */
public final class LineLabeller {
    static final String MODEL = "/splitter/line-perceptron.bin.gz";
    static final String LOGICAL_MODEL = "/splitter/logical-perceptron.bin.gz";
    private static volatile LineLabeller shipped;
    private static volatile LineLabeller shippedLogical;
    private final LinearChainModel model;

    public LineLabeller(LinearChainModel model) {
        if (model.labels() != LineLabels.COUNT) {
            throw new IllegalArgumentException("a line model has " + LineLabels.COUNT + " labels, not " + model.labels());
        }
        this.model = model;
    }

    /** The first pass's model shipped with the pipeline (physical lines), loaded once. */
    public static LineLabeller shipped() {
        if (shipped == null) {
            synchronized (LineLabeller.class) {
                if (shipped == null) {
                    shipped = load(MODEL);
                }
            }
        }
        return shipped;
    }

    /** The second pass's model shipped with the pipeline (logical lines), loaded once. */
    public static LineLabeller shippedLogical() {
        if (shippedLogical == null) {
            synchronized (LineLabeller.class) {
                if (shippedLogical == null) {
                    shippedLogical = load(LOGICAL_MODEL);
                }
            }
        }
        return shippedLogical;
    }

    /** A model written by {@code train-splitter}. */
    public static LineLabeller read(InputStream in) throws IOException {
        return new LineLabeller(LinearChainModel.read(in, LineLabels.COUNT));
    }

    private static LineLabeller load(String resource) {
        try (InputStream in = LineLabeller.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the splitter model " + resource + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the splitter model " + resource, e);
        }
    }

    /** One label per physical line of a page (see {@link LineLabels}): the first pass, or the one pass. */
    public int[] label(List<RepairedPage.Line> lines) {
        return model.tag(LineFeatures.of(lines, false), LineLabels.CONSTRAINT, barred(lines, true));
    }

    /** One label per logical line ({@link LogicalLines}): the second pass. */
    public int[] labelLogical(List<RepairedPage.Line> lines) {
        return model.tag(LineFeatures.of(lines, true), LineLabels.CONSTRAINT, barred(lines, false));
    }

    /**
     * Two layout facts that are rules in the decoding, not features, because the generated pages give a feature
     * nothing to learn from. A line the extractor set as a heading and one it did not never continue each other (a
     * photo's caption under a {@code ##} headline reads like its second line; the generator never sets half a
     * headline as a heading). And on physical lines, a line that goes on with a date or a quantity the line before
     * broke off ({@code 于2015年 | 10月成立}, {@code 发放300 | 万元}) continues it: on 1,500 generated tuning pages
     * such a break was a wrap 2,010 times out of 2,014 (the 4 others subheadings the generator cut from mid-sentence)
     * and the model had all 2,010 right, but it read a seed page's {@code …于 2015 年}, a line a little short of its
     * column after a paragraph's end, as a headline.
     *
     * @param physical whether the lines are physical lines (the first pass), where the number rule applies
     */
    static LinearChainModel.Barred barred(List<RepairedPage.Line> lines, boolean physical) {
        int n = lines.size();
        boolean[] apart = null;
        boolean[] on = null;
        for (int i = 1; i < n; i++) {
            RepairedPage.Line before = lines.get(i - 1);
            RepairedPage.Line line = lines.get(i);
            if (before.heading() != line.heading()) {
                apart = apart == null ? new boolean[n] : apart;
                apart[i] = true;
            } else if (physical && LineFeatures.numberAcrossBreak(before.text(), line.text()) != null) {
                on = on == null ? new boolean[n] : on;
                on[i] = true;
            }
        }
        if (apart == null && on == null) {
            return LinearChainModel.Barred.NONE;
        }
        boolean[] mustNotContinue = apart;
        boolean[] mustContinue = on;
        return (i, label) -> {
            boolean continues = LineLabels.role(label) == LineRole.CONT;
            return continues ? mustNotContinue != null && mustNotContinue[i] : mustContinue != null && mustContinue[i];
        };
    }
}
