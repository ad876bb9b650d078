package dev.groupbuy.admin.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection after the response when the request's body was not read to its end (an early 401,
 * 413, 408 or 503, or an endpoint that takes no body) and the rest does not arrive within {@value #GRACE_MILLIS}
 * ms. Tomcat would otherwise wait for all of it to keep the connection open, and a client that declared 1 MB
 * and sends a byte now and then would hold a server thread for as long as it likes, token or not. Whatever
 * arrives within the grace time is read and dropped, so that a client that sends its body in one go (still
 * sending when the early answer is ready) keeps its connection and gets the answer, rather than a reset.
 * Runs around the whole engine, after error pages are rendered and before the response is sent.
 */
final class UnreadBodyValve extends ValveBase {

    static final long GRACE_MILLIS = 300;
    private static final long MAX_DROPPED = 2L * 1024 * 1024;

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync()
                || request.isFinished()
                || request.getCoyoteRequest().hasExpectation()) {
            return;
        }
        if (!dropRestWithinGrace(request)) {
            if (!response.isCommitted()) {
                response.setHeader("Connection", "close");
            }
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    /** Reads what arrives of the body within the grace time, without ever waiting on the socket. */
    private static boolean dropRestWithinGrace(Request request) {
        long end = System.nanoTime() + Duration.ofMillis(GRACE_MILLIS).toNanos();
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try {
            InputStream in = request.getInputStream();
            while (!request.isFinished() && dropped <= MAX_DROPPED) {
                request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
                if (in.available() > 0) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    dropped += n;
                } else if (System.nanoTime() - end > 0) {
                    return false;
                } else {
                    Thread.sleep(5);
                }
            }
        } catch (IOException | IllegalStateException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return request.isFinished();
    }
}
