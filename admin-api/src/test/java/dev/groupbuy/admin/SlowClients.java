package dev.groupbuy.admin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many loopback connections that each declare a large request body and then send it one byte at a time, as a
 * slow (or hostile) client would; all driven by one thread with non-blocking sockets. Records what the server
 * answered on each connection and whether it closed it.
 */
final class SlowClients implements AutoCloseable {

    private final Selector selector;
    private final List<Connection> connections = new ArrayList<>();

    private SlowClients(Selector selector) {
        this.selector = selector;
    }

    /** Opens {@code count} connections and sends each the request head plus the body's first byte. */
    static SlowClients open(int port, int count, String requestHead) throws IOException {
        SlowClients clients = new SlowClients(Selector.open());
        byte[] head = (requestHead + "{").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.configureBlocking(false);
            Connection connection = new Connection(channel);
            channel.register(clients.selector, SelectionKey.OP_READ, connection);
            connection.send(head);
            clients.connections.add(connection);
        }
        return clients;
    }

    /** For {@code duration}: one more body byte on every open connection per {@code interval}, reading answers. */
    void trickle(Duration duration, Duration interval) throws IOException {
        long end = System.nanoTime() + duration.toNanos();
        long nextByte = System.nanoTime() + interval.toNanos();
        while (System.nanoTime() < end) {
            selector.select(50);
            for (SelectionKey key : selector.selectedKeys()) {
                ((Connection) key.attachment()).read(key);
            }
            selector.selectedKeys().clear();
            if (System.nanoTime() >= nextByte) {
                connections.forEach(c -> c.send(new byte[] {' '}));
                nextByte += interval.toNanos();
            }
        }
    }

    /** How many connections got each status line ("none" when nothing was answered yet). */
    Map<String, Integer> answers() {
        Map<String, Integer> counts = new TreeMap<>();
        connections.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }

    long closedByServer() {
        return connections.stream().filter(c -> c.closed).count();
    }

    @Override
    public void close() throws IOException {
        for (Connection connection : connections) {
            connection.channel.close();
        }
        selector.close();
    }

    private static final class Connection {

        private final SocketChannel channel;
        private final StringBuilder received = new StringBuilder();
        private boolean closed;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void send(byte[] bytes) {
            if (closed) {
                return;
            }
            try {
                channel.write(ByteBuffer.wrap(bytes));
            } catch (IOException e) {
                closed = true;
            }
        }

        void read(SelectionKey key) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                int n;
                while ((n = channel.read(buffer)) > 0) {
                    received.append(new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1));
                    buffer.clear();
                }
                if (n < 0) {
                    closed = true;
                    key.cancel();
                }
            } catch (IOException e) {
                closed = true;
                key.cancel();
            }
        }

        String status() {
            int end = received.indexOf("\r\n");
            return end < 0 ? "none" : received.substring(0, end);
        }
    }
}
