package io.newspipe.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy a test can take down and bring back on the same port: a database outage as clients see one
 * (connections reset, then refused), without stopping the shared server behind it. Created down. Shared with the
 * reliability suite in {@code bench}. Thread-safe.
 *
 * <p>While down, the port is held by a bound socket that does not listen: a connect to it is refused, as to a closed
 * port, but the port is not free. A free port in the ephemeral range is what the kernel hands out as the local port
 * of outgoing connections, and during a long outage a test's own Kafka and JDBC clients open hundreds: one given the
 * proxy's port is the likely reason why bringing the proxy back once failed with "Address already in use" (CI,
 * SinkOutageIT; the old proxy let the port go while down).
 */
public final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private Thread acceptor;
    /** Holds the port while down; null while up. */
    private Socket hold;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.hold = holder(0);
        this.port = hold.getLocalPort();
    }

    private static Socket holder(int port) throws IOException {
        Socket s = new Socket();
        // Connections just reset on the port may linger a moment: they must not make this bind fail.
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    public int port() {
        return port;
    }

    /** Listens and forwards again on the same port; does nothing when already up. */
    public synchronized void up() throws IOException {
        if (server != null) {
            return;
        }
        // Released just before the bind: a bound socket and a listening one cannot share the port.
        if (hold != null) {
            hold.close();
            hold = null;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by down(), or the target refused: the client sees its connection end
                }
            }
        }, "proxy-accept-" + port);
        accept.setDaemon(true);
        accept.start();
        acceptor = accept;
    }

    /** Resets every connection and stops listening: clients see resets, then connection refused. */
    public synchronized void down() throws IOException {
        stop();
        if (hold == null) {
            hold = holder(port);
        }
    }

    private void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
            // A socket closed while a thread is blocked on it is closed by that thread when it wakes: until the
            // accept loop has ended, the port still listens and could not be held or bound again.
            try {
                acceptor.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // One side closed: the other is closed below.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() throws IOException {
        stop();
        if (hold != null) {
            hold.close();
            hold = null;
        }
    }
}
