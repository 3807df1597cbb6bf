package io.newspipe.streams.near;

import io.newspipe.text.dedup.SimHash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles that share one LSH band key: id, time and SimHash each, so that a candidate is verified on the spot
 * (SimHash distance) without fetching anything from another partition. Order between articles is (time, id): a match
 * counts only if the candidate comes first, so every band partition agrees on which copy is canonical. Bounded: members
 * older than the retention are dropped, and at most {@code maxMembers} are kept (the oldest go first).
 * Not thread-safe; a processor owns one while it handles one record.
 */
final class NearDuplicateBucket {
    /** One article in the bucket. */
    public record Member(String id, long time, long simHash) {
        boolean precedes(Member o) {
            return time != o.time ? time < o.time : id.compareTo(o.id) < 0;
        }
    }

    /** The best earlier match for an article, or none. */
    public record Match(String candidateId, int distance) {
    }

    private final List<Member> members;

    private NearDuplicateBucket(List<Member> members) {
        this.members = members;
    }

    public static NearDuplicateBucket empty() {
        return new NearDuplicateBucket(new ArrayList<>());
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    /**
     * The closest member that precedes {@code m} within {@code maxDistance} bits (ties: the earliest), or null.
     * Then adds {@code m}, unless it is there already (a replay), and applies the bounds.
     */
    public Match matchAndAdd(Member m, int maxDistance, long retentionMillis, int maxMembers) {
        members.removeIf(x -> x.time() < m.time() - retentionMillis);
        Member best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean present = false;
        for (Member x : members) {
            if (x.id().equals(m.id())) {
                present = true;
                continue;
            }
            int d = SimHash.distance(x.simHash(), m.simHash());
            if (x.precedes(m) && d <= maxDistance && (d < bestDistance || d == bestDistance && x.precedes(best))) {
                best = x;
                bestDistance = d;
            }
        }
        if (!present) {
            members.add(m);
            members.sort(Comparator.comparingLong(Member::time).thenComparing(Member::id));
            while (members.size() > maxMembers) {
                members.remove(0);
            }
        }
        return best == null ? null : new Match(best.id(), bestDistance);
    }

    /** Drops members older than {@code cutoff}; true when the bucket is now empty. */
    public boolean expire(long cutoff) {
        members.removeIf(x -> x.time() < cutoff);
        return members.isEmpty();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(16 + members.size() * 40);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeShort(members.size());
            for (Member m : members) {
                out.writeUTF(m.id());
                out.writeLong(m.time());
                out.writeLong(m.simHash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    public static NearDuplicateBucket fromBytes(byte[] bytes) {
        if (bytes == null) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readUnsignedShort();
            List<Member> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                members.add(new Member(in.readUTF(), in.readLong(), in.readLong()));
            }
            return new NearDuplicateBucket(members);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt near-duplicate bucket", e);
        }
    }
}
