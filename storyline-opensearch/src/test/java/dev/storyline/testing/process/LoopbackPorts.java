package dev.storyline.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on 127.0.0.1 for the servers a test starts, chosen by the operating system. */
public final class LoopbackPorts {

    private LoopbackPorts() {}

    /**
     * {@code count} distinct ports that were free a moment ago: all are held open together while chosen, so none is
     * returned twice. Another process may still take one before the server binds it; the servers' own start fails
     * loudly then.
     */
    public static List<Integer> free(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                held.add(socket);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a server socket on the loopback address", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is returned either way; a socket that will not close stays the OS's problem
                }
            }
        }
    }
}
