package io.newspipe.streams.near;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolver's state in a compact binary form: it is read and written once per verdict (16 per article), so JSON
 * was most of the stage's time. Format: version, state, arrived, verdicts, time, the closest copy, the related
 * articles, page id and title. Thread-safe.
 */
final class PendingSerde implements Serde<NearMessages.Pending> {
    /** 2: matches carry their time. 1 (read only): matches without it. */
    private static final byte VERSION = 2;

    @Override
    public Serializer<NearMessages.Pending> serializer() {
        return (topic, p) -> p == null ? null : write(p);
    }

    @Override
    public Deserializer<NearMessages.Pending> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(NearMessages.Pending p) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeByte(VERSION);
            out.writeByte(p.state().ordinal());
            out.writeBoolean(p.arrived());
            out.writeShort(p.verdicts());
            out.writeLong(p.time());
            writeMatch(out, p.duplicateOf());
            out.writeByte(p.related().size());
            for (NearMessages.Match m : p.related()) {
                writeMatch(out, m);
            }
            writeString(out, p.sourceId());
            writeString(out, p.title());
        } catch (IOException e) {
            throw new SerializationException(e);
        }
        return buf.toByteArray();
    }

    static NearMessages.Pending read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION && version != 1) {
                throw new SerializationException("unknown near-pending format " + version);
            }
            NearMessages.State state = NearMessages.State.values()[in.readByte()];
            boolean arrived = in.readBoolean();
            int verdicts = in.readShort();
            long time = in.readLong();
            NearMessages.Match dup = readMatch(in, version);
            int n = in.readByte();
            List<NearMessages.Match> related = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                related.add(readMatch(in, version));
            }
            return new NearMessages.Pending(state, arrived, verdicts, dup, related, time, readString(in), readString(in));
        } catch (IOException e) {
            throw new SerializationException("corrupt near-pending state", e);
        }
    }

    private static void writeMatch(DataOutputStream out, NearMessages.Match m) throws IOException {
        out.writeBoolean(m != null);
        if (m != null) {
            out.writeUTF(m.id());
            out.writeFloat((float) m.similarity());
            out.writeLong(m.time());
        }
    }

    private static NearMessages.Match readMatch(DataInputStream in, byte version) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String id = in.readUTF();
        float similarity = in.readFloat();
        return new NearMessages.Match(id, similarity, version >= 2 ? in.readLong() : 0L);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            // writeUTF takes at most 64 KB: a title is far shorter, but a bound keeps a bad one from failing the state.
            out.writeUTF(s.length() > 2000 ? s.substring(0, 2000) : s);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
