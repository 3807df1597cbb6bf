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
        return model.tag(LineFeatures.of(lines, false), LineLabels.CONSTRAINT);
    }

    /** One label per logical line ({@link LogicalLines}): the second pass. */
    public int[] labelLogical(List<RepairedPage.Line> lines) {
        return model.tag(LineFeatures.of(lines, true), LineLabels.CONSTRAINT);
    }
}
