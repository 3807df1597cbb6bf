package io.newspipe.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TcpProxyTest {
    private ServerSocket echo;

    /** The proxied server: echoes one line's bytes back on every connection. */
    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!echo.isClosed()) {
                try (Socket s = echo.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    out.write(in.readNBytes(5));
                    out.flush();
                } catch (IOException e) {
                    // closed by the test
                }
            }
        }, "echo");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stopEcho() throws IOException {
        echo.close();
    }

    @Test
    void whileDownThePortRefusesConnectionsAndCannotBeTakenByAnotherSocket() throws IOException {
        try (TcpProxy proxy = new TcpProxy(echo.getLocalPort())) {
            assertRefusedAndHeld(proxy.port());
            proxy.up();
            assertForwards(proxy.port());
            proxy.down();
            assertRefusedAndHeld(proxy.port());
        }
    }

    @Test
    void comesBackOnTheSamePortAfterEveryOutage() throws IOException {
        try (TcpProxy proxy = new TcpProxy(echo.getLocalPort())) {
            for (int i = 0; i < 3; i++) {
                proxy.up();
                proxy.up(); // already up: nothing happens
                assertForwards(proxy.port());
                proxy.down();
                proxy.down(); // already down: nothing happens
            }
        }
    }

    @Test
    void closingFreesThePort() throws IOException {
        TcpProxy proxy = new TcpProxy(echo.getLocalPort());
        proxy.up();
        proxy.close();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port()));
        }
    }

    private static void assertRefusedAndHeld(int port) {
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        assertThrows(BindException.class, () -> {
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        });
    }

    private static void assertForwards(int port) throws IOException {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(hello);
            s.getOutputStream().flush();
            assertArrayEquals(hello, s.getInputStream().readNBytes(5));
        }
    }
}
