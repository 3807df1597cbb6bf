package io.newspipe.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {
    @Test
    void readsTheFirstPortOfTheEphemeralRange(@TempDir Path dir) throws IOException {
        Path range = Files.writeString(dir.resolve("range"), "32768\t60999\n");
        assertEquals(32768, FreePorts.ephemeralLow(range));
        assertEquals(-1, FreePorts.ephemeralLow(dir.resolve("missing")));
        assertEquals(-1, FreePorts.ephemeralLow(Files.writeString(dir.resolve("garbage"), "none")));
    }

    @Test
    void aPortInUseIsNotBindable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertFalse(FreePorts.bindable(taken.getLocalPort()));
        }
    }

    @Test
    void picksABindablePortBelowTheEphemeralRangeWhereTheKernelSaysWhereItIs() {
        int low = FreePorts.ephemeralLow(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.pick();
            assertTrue(FreePorts.bindable(port), "port " + port);
            if (low - FreePorts.LOWEST >= 1_000) {
                assertTrue(port >= FreePorts.LOWEST && port < low, "port " + port + " below " + low);
            } else {
                assertTrue(port > 0 && port < 65536, "port " + port);
            }
        }
    }
}
