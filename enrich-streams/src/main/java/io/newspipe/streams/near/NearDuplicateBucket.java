package io.newspipe.streams.near;

import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The articles that share one LSH band key: id, time and overlap sketch each, so that a candidate is verified on the
 * spot without fetching anything from another partition. Order between articles is (time, id): the earlier one is
 * canonical, so every band partition agrees on it. Bounded: members older than the retention are dropped, and at most
 * {@code maxMembers} are kept (the oldest go first). Not thread-safe; a processor owns one while it handles one record.
 *
 * <p>Binary format (state-store value): a count, then per member a flag, a compact id (8 bytes of the page id's hex
 * and a one-byte ordinal, or the id as UTF), the partition of its resolver (two bytes; absent from members written
 * before verdicts went home), the time and the 64-byte sketch: 84 bytes per member.
 */
final class NearDuplicateBucket {
    /**
     * One article in the bucket; {@code home} is the partition of the resolver that holds it (where a late verdict
     * about it goes), negative when unknown.
     */
    record Member(String id, long time, OverlapSketch sketch, int home) {
        boolean precedes(Member o) {
            return time != o.time ? time < o.time : id.compareTo(o.id) < 0;
        }
    }

    /**
     * What a bucket says about a new article: the closest earlier near copy (or null), the related members (either
     * side in time), and the later members it is itself the earlier copy of, each with its home.
     */
    record Matches(NearMessages.Match duplicateOf, List<NearMessages.Match> related, List<Later> later) {
    }

    /** A later member that a new article is the earlier copy of, and the partition its late verdict goes to. */
    record Later(NearMessages.Match match, int home) {
    }

    /** Member flag bits: the id is in the compact form; a home partition follows the id. */
    private static final int COMPACT = 1;
    private static final int HOME = 2;

    private final List<Member> members;

    private NearDuplicateBucket(List<Member> members) {
        this.members = members;
    }

    static NearDuplicateBucket empty() {
        return new NearDuplicateBucket(new ArrayList<>());
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    /** Compares {@code m} with every member, then adds it (unless it is there already: a replay) and applies the bounds. */
    Matches matchAndAdd(Member m, NearDuplicates rule, long retentionMillis, int maxMembers) {
        members.removeIf(x -> x.time() < m.time() - retentionMillis);
        NearMessages.Match best = null;
        List<NearMessages.Match> related = new ArrayList<>();
        List<Later> later = new ArrayList<>();
        boolean present = false;
        for (Member x : members) {
            if (x.id().equals(m.id())) {
                present = true;
                continue;
            }
            double j = x.sketch().jaccard(m.sketch());
            switch (rule.classify(j)) {
                case DUPLICATE -> {
                    if (x.precedes(m)) {
                        // The same order as the resolver's, which folds this band's answer with the others' and with
                        // late ones: the copy named must not depend on the order they came in.
                        NearMessages.Match candidate = new NearMessages.Match(x.id(), j, x.time());
                        if (best == null || candidate.closerThan(best)) {
                            best = candidate;
                        }
                    } else {
                        later.add(new Later(new NearMessages.Match(x.id(), j, x.time()), x.home()));
                    }
                }
                case RELATED -> related.add(new NearMessages.Match(x.id(), j, x.time()));
                case NONE -> { }
            }
        }
        if (!present) {
            members.add(m);
            members.sort(Comparator.comparingLong(Member::time).thenComparing(Member::id));
            while (members.size() > maxMembers) {
                members.remove(0);
            }
        }
        return new Matches(best, related, later);
    }

    /** Drops members older than {@code cutoff}; true when the bucket is now empty. */
    boolean expire(long cutoff) {
        members.removeIf(x -> x.time() < cutoff);
        return members.isEmpty();
    }

    byte[] toBytes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(2 + members.size() * 84);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeShort(members.size());
            for (Member m : members) {
                writeId(out, m.id(), m.home());
                out.writeLong(m.time());
                out.write(m.sketch().toBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    static NearDuplicateBucket fromBytes(byte[] bytes) {
        if (bytes == null) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readUnsignedShort();
            List<Member> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int flag = in.readUnsignedByte();
                String id = (flag & COMPACT) != 0 ? readCompactId(in) : in.readUTF();
                int home = (flag & HOME) != 0 ? in.readUnsignedShort() : -1;
                long time = in.readLong();
                byte[] sketch = new byte[OverlapSketch.BYTES];
                in.readFully(sketch);
                members.add(new Member(id, time, OverlapSketch.fromBytes(sketch), home));
            }
            return new NearDuplicateBucket(members);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt near-duplicate bucket", e);
        }
    }

    /**
     * The flag, then {@code <16 hex digits>-<2 digits>} (every article id the pipeline makes) in 9 bytes, anything
     * else as UTF, then the home partition when known.
     */
    private static void writeId(DataOutputStream out, String id, int home) throws IOException {
        boolean compact = id.length() == 19 && id.charAt(16) == '-' && id.substring(0, 16).chars()
                .allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))
                && Character.isDigit(id.charAt(17)) && Character.isDigit(id.charAt(18));
        boolean known = home >= 0 && home <= 0xFFFF;
        out.writeByte((compact ? COMPACT : 0) | (known ? HOME : 0));
        if (compact) {
            out.write(HexFormat.of().parseHex(id, 0, 16));
            out.writeByte(Integer.parseInt(id.substring(17)));
        } else {
            out.writeUTF(id);
        }
        if (known) {
            out.writeShort(home);
        }
    }

    private static String readCompactId(DataInputStream in) throws IOException {
        byte[] page = new byte[8];
        in.readFully(page);
        return HexFormat.of().formatHex(page) + "-" + String.format("%02d", in.readUnsignedByte());
    }
}
