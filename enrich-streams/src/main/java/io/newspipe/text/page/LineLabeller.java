package io.newspipe.text.page;

import io.newspipe.text.learn.LinearChainModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Labels each line of a repaired page with its role and whether it opens an article: a linear-chain model over
 * {@link LineFeatures}, trained on generated pages ({@code ./pipeline train-splitter}, see the README) and shipped as
 * {@code splitter/line-perceptron.bin.gz}. Immutable; thread-safe.
 */
public final class LineLabeller {
    static final String MODEL = "/splitter/line-perceptron.bin.gz";
    private static volatile LineLabeller shipped;
    private final LinearChainModel model;

    public LineLabeller(LinearChainModel model) {
        if (model.labels() != LineLabels.COUNT) {
            throw new IllegalArgumentException("a line model has " + LineLabels.COUNT + " labels, not " + model.labels());
        }
        this.model = model;
    }

    /** The model shipped with the pipeline, loaded once. */
    public static LineLabeller shipped() {
        if (shipped == null) {
            synchronized (LineLabeller.class) {
                if (shipped == null) {
                    try (InputStream in = LineLabeller.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("the splitter model " + MODEL + " is not on the classpath");
                        }
                        shipped = new LineLabeller(LinearChainModel.read(in, LineLabels.COUNT));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the splitter model " + MODEL, e);
                    }
                }
            }
        }
        return shipped;
    }

    /** One label per line (see {@link LineLabels}). */
    public int[] label(List<RepairedPage.Line> lines) {
        return model.tag(LineFeatures.of(lines), LineLabels.CONSTRAINT);
    }
}
