package io.newspipe.runtime;

import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.RequestHeader;
import org.apache.kafka.common.requests.TransactionResult;
import org.apache.kafka.common.requests.WriteTxnMarkersRequest;
import org.apache.kafka.common.requests.WriteTxnMarkersResponse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Writes a commit marker to one partition, as a transaction coordinator does. The Admin API can only abort a hanging
 * transaction ({@code abortTransaction}); one its coordinator decided to commit must be committed, so this sends the
 * same {@code WriteTxnMarkers} request that {@code abortTransaction} sends, with the other result, over a plain
 * connection to the partition's leader (no security: the embedded broker's listener). Stateless, thread-safe.
 */
final class TxnMarkers {
    private static final int TIMEOUT_MS = 30_000;

    private TxnMarkers() {
    }

    static void commit(Node leader, TopicPartition tp, long producerId, short producerEpoch, int coordinatorEpoch) {
        short version = ApiKeys.WRITE_TXN_MARKERS.latestVersion();
        // Transaction version 0: the marker's epoch is checked as abortTransaction's is (not below the data's).
        WriteTxnMarkersRequest request = new WriteTxnMarkersRequest.Builder(List.of(new WriteTxnMarkersRequest.TxnMarkerEntry(
                producerId, producerEpoch, coordinatorEpoch, TransactionResult.COMMIT, List.of(tp), (short) 0)))
                .build(version);
        RequestHeader header = new RequestHeader(ApiKeys.WRITE_TXN_MARKERS, version, "newspipe-txn-repair", 1);
        WriteTxnMarkersResponse response = (WriteTxnMarkersResponse) send(leader, header, request.serializeWithHeader(header));
        Errors error = response.errorsByProducerId().getOrDefault(producerId, Map.of()).getOrDefault(tp, Errors.NONE);
        if (error != Errors.NONE) {
            throw new IllegalStateException("the commit marker for " + tp + " (producer id " + producerId + ") was refused: "
                    + error.name() + " " + error.message());
        }
    }

    private static AbstractResponse send(Node leader, RequestHeader header, ByteBuffer payload) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(leader.host(), leader.port()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] reply = new byte[in.readInt()];
            in.readFully(reply);
            return AbstractResponse.parseResponse(ByteBuffer.wrap(reply), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a commit marker to " + leader, e);
        }
    }
}
