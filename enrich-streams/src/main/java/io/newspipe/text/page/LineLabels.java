package io.newspipe.text.page;

import io.newspipe.text.learn.LinearChainModel;

import java.util.List;

/**
 * The labels of the line labeller. A line of a role of its own (every role but {@link LineRole#CONT}) has the label
 * {@code role × 2 + (opens ? 1 : 0)}: whether it opens an article goes with it. A continuation line has one label per
 * role it continues, after those: a headline's second line and a paragraph's second line are both {@code CONT} to the
 * assembler, but not to the labeller, whose first-order chain would otherwise forget, one wrapped line later, whether
 * it is in a headline printed above its body (the body follows) or after it (the next article follows). A
 * continuation follows its own role or its own continuation and never opens an article; the first line always opens
 * one.
 */
public final class LineLabels {
    /** values() copies its array on every call, and the constraint asks for a role per label pair in Viterbi. */
    private static final LineRole[] ROLES = LineRole.values();
    /** The roles a line can have of its own: all but CONT, which is the last. */
    private static final int OWN = ROLES.length - 1;
    /** The first continuation label; the labels before it are the own roles'. */
    private static final int CONTINUATIONS = OWN * 2;
    public static final int COUNT = CONTINUATIONS + OWN;
    public static final LinearChainModel.Constraint CONSTRAINT = (prev, cur) -> {
        if (cur >= CONTINUATIONS) {
            int owner = cur - CONTINUATIONS;
            return prev >= 0 && (prev == cur || prev / 2 == owner && prev < CONTINUATIONS);
        }
        return prev >= 0 || opens(cur);
    };

    static {
        if (ROLES[OWN] != LineRole.CONT) {
            throw new AssertionError("LineRole.CONT must be the last role");
        }
    }

    private LineLabels() {
    }

    /** The label of a line of its own role ({@code role} is not CONT: see {@link #continuing}). */
    public static int of(LineRole role, boolean opens) {
        if (role == LineRole.CONT) {
            throw new IllegalArgumentException("a continuation line's label names the role it continues");
        }
        return role.ordinal() * 2 + (opens ? 1 : 0);
    }

    /** The label of a line that goes on from a line of role {@code owner} (or from its continuation). */
    public static int continuing(LineRole owner) {
        return CONTINUATIONS + of(owner, false) / 2;
    }

    /**
     * The labels of a page's lines from their roles (CONT included) and whether each opens an article: what a page's
     * truth gives. A CONT continues the last role before it that is not CONT; one with nothing to continue is read as
     * a paragraph.
     */
    public static int[] of(List<LineRole> roles, List<Boolean> opens) {
        int[] out = new int[roles.size()];
        LineRole owner = null;
        for (int i = 0; i < out.length; i++) {
            LineRole role = roles.get(i);
            if (role != LineRole.CONT) {
                out[i] = of(role, opens.get(i));
                owner = role;
            } else {
                out[i] = owner == null ? of(LineRole.PARA, opens.get(i)) : continuing(owner);
            }
        }
        return out;
    }

    /** The role a continuation label continues ({@code label} is one: {@link #role} gives CONT). */
    public static LineRole continued(int label) {
        if (label < CONTINUATIONS) {
            throw new IllegalArgumentException("label " + label + " is not a continuation");
        }
        return ROLES[label - CONTINUATIONS];
    }

    public static LineRole role(int label) {
        return label < CONTINUATIONS ? ROLES[label / 2] : LineRole.CONT;
    }

    public static boolean opens(int label) {
        return label < CONTINUATIONS && label % 2 == 1;
    }
}
