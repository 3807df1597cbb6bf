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
        return model.tag(LineFeatures.of(lines, false), LineLabels.CONSTRAINT, headingChanges(lines));
    }

    /** One label per logical line ({@link LogicalLines}): the second pass. */
    public int[] labelLogical(List<RepairedPage.Line> lines) {
        return model.tag(LineFeatures.of(lines, true), LineLabels.CONSTRAINT, headingChanges(lines));
    }

    /**
     * A line the extractor set as a heading and one it did not do not continue each other, whatever the model reads:
     * the extractor saw the type change (a photo's caption under a {@code ##} headline reads like its second line). A
     * rule, not a feature, because the generated pages never set half a headline as a heading: nothing to learn from.
     */
    private static LinearChainModel.Barred headingChanges(List<RepairedPage.Line> lines) {
        boolean any = false;
        for (RepairedPage.Line l : lines) {
            any |= l.heading();
        }
        if (!any) {
            return LinearChainModel.Barred.NONE;
        }
        return (i, label) -> i > 0 && LineLabels.role(label) == LineRole.CONT
                && lines.get(i).heading() != lines.get(i - 1).heading();
    }
}
