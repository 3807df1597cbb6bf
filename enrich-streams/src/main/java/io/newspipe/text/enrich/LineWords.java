package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * A line as the segmenter cut it: where its words end and what part of speech each character's word is. Immutable
 * (the arrays are never written after {@link #of}); thread-safe.
 */
record LineWords(boolean[] ends, String[] nature) {
    static LineWords of(String line, List<Term> terms) {
        boolean[] ends = new boolean[line.length() + 1];
        String[] nature = new String[line.length()];
        int at = 0;
        for (Term t : terms) {
            for (int k = at; k < Math.min(line.length(), at + t.word.length()); k++) {
                nature[k] = t.nature == null ? "" : t.nature.toString();
            }
            at += t.word.length();
            if (at <= line.length()) {
                ends[at] = true;
            }
        }
        ends[line.length()] = true;
        return new LineWords(ends, nature);
    }

    boolean endsAt(int i) {
        return i < ends.length && ends[i];
    }

    boolean startsAt(int i) {
        return i == 0 || endsAt(i);
    }

    /** Where the word holding character {@code i} starts. */
    int wordStart(int i) {
        int k = i;
        while (k > 0 && !ends[k]) {
            k--;
        }
        return k;
    }

    /** Where the word holding character {@code i} ends. */
    int wordEnd(int i) {
        int k = i + 1;
        while (k < ends.length - 1 && !ends[k]) {
            k++;
        }
        return k;
    }

    String nature(int i) {
        return i < 0 || i >= nature.length || nature[i] == null ? "" : nature[i];
    }

    /** A character of a name, a noun or a place word; never of a verb, adverb, number, pronoun or particle. */
    boolean nameLike(int i) {
        String n = nature[i] == null ? "" : nature[i];
        // A verbal noun (发展, 计量, 执法) is part of many a name (计量产业园, 经济发展集团).
        return !n.isEmpty() && ("vdpcurmqwyeotfak".indexOf(n.charAt(0)) < 0 || n.startsWith("vn"));
    }
}
