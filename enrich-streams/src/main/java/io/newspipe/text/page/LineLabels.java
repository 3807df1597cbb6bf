package io.newspipe.text.page;

import io.newspipe.text.learn.LinearChainModel;

/**
 * The labels of the line labeller: a role ({@link LineRole}) and whether the line opens an article, as one number
 * {@code role × 2 + (opens ? 1 : 0)}. A continuation line never opens an article, and the first line always does.
 */
public final class LineLabels {
    /** values() copies its array on every call, and the constraint asks for a role per label pair in Viterbi. */
    private static final LineRole[] ROLES = LineRole.values();
    public static final int COUNT = ROLES.length * 2;
    public static final LinearChainModel.Constraint CONSTRAINT = (prev, cur) ->
            !(role(cur) == LineRole.CONT && (opens(cur) || prev < 0)) && (prev >= 0 || opens(cur));

    private LineLabels() {
    }

    public static int of(LineRole role, boolean opens) {
        return role.ordinal() * 2 + (opens ? 1 : 0);
    }

    public static LineRole role(int label) {
        return ROLES[label / 2];
    }

    public static boolean opens(int label) {
        return label % 2 == 1;
    }
}
