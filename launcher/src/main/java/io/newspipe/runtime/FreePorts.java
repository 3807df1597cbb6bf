package io.newspipe.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free loopback port for a server that binds it later (the embedded broker's listeners, a child process's HTTP
 * port). Asking the kernel for port 0 gives one from the ephemeral range, and that range is also where the kernel
 * picks the local port of every outgoing connection: between the pick and the bind (a broker's start, a JVM's) any
 * client may be given it, and the bind then fails with "Address already in use". So where the range is known (Linux)
 * the port is drawn below it, where no outgoing connection is given a port; elsewhere it is the kernel's pick.
 * Thread-safe.
 */
public final class FreePorts {
    /** Lowest port drawn: above the registered services most machines run. */
    static final int LOWEST = 10_000;
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    /** A loopback port nothing listens on now, best outside the ephemeral range. */
    public static int pick() {
        int below = ephemeralLow(RANGE);
        if (below - LOWEST >= 1_000) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int attempt = 0; attempt < 50; attempt++) {
                int port = random.nextInt(LOWEST, below);
                if (bindable(port)) {
                    return port;
                }
            }
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** The first port of the kernel's ephemeral range, or -1 when it cannot be read. */
    static int ephemeralLow(Path range) {
        try {
            String[] parts = Files.readString(range).trim().split("\\s+");
            return Integer.parseInt(parts[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
