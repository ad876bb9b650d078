package dev.groupbuy.adapters.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The local Redis for tests (127.0.0.1:6379; override with {@code groupbuy.it.redis.host|port}).
 */
public final class RedisServer {

    private RedisServer() {}

    public static String host() {
        return System.getProperty("groupbuy.it.redis.host", "127.0.0.1");
    }

    public static int port() {
        return Integer.getInteger("groupbuy.it.redis.port", 6379);
    }

    public static String address() {
        return "redis://" + host() + ":" + port();
    }

    /** @return why Redis cannot be used, or {@code null} when it answers PING */
    static String problem() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            String answer = new String(reply, StandardCharsets.US_ASCII);
            return answer.startsWith("+PONG") ? null : "PING answered " + answer.strip();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
