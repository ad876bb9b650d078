package dev.groupbuy.admin.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * A request whose body is read within the {@link WebLimits}: the stream fails with a
 * {@link BodyRefusedException} once more than the largest body has arrived, once reading has taken longer than
 * the read timeout, or at the first read when too many other requests are receiving their bodies.
 */
final class CappedBodyRequest extends HttpServletRequestWrapper {

    /** Request attribute holding the {@link BodyRefusedException} when the body was refused. */
    static final String REFUSED = CappedBodyRequest.class.getName() + ".refused";

    private final WebLimits limits;
    private final BodyReaders readers;
    private CappedStream stream;

    CappedBodyRequest(HttpServletRequest request, WebLimits limits, BodyReaders readers) {
        super(request);
        this.limits = limits;
        this.readers = readers;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new CappedStream(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** Gives back the reader's place, if the body took one; for when the request is done. */
    void finish() {
        if (stream != null) {
            stream.leave();
        }
    }

    private final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;
        private long deadline;
        private boolean started;
        private boolean reading;
        private BodyRefusedException refused;

        CappedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            start();
            int b = readOrTimeOut(in::read);
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            start();
            int n = readOrTimeOut(() -> in.read(buffer, offset, length));
            count(n);
            return n;
        }

        private void start() throws IOException {
            if (refused != null) {
                throw refused;
            }
            if (started || in.isFinished()) {
                return;
            }
            if (!readers.tryEnter()) {
                throw refuse(new BodyRefusedException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "too many requests are sending their bodies right now; try again in a moment"));
            }
            started = true;
            reading = true;
            deadline = System.nanoTime() + limits.bodyReadTimeout().toNanos();
        }

        private int readOrTimeOut(Read read) throws IOException {
            try {
                return read.read();
            } catch (IOException e) {
                leave();
                throw JsonReadProblems.find(e, SocketTimeoutException.class) != null ? refuse(tooSlow()) : e;
            }
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                leave();
                return;
            }
            read += n;
            if (read > limits.maxBodyBytes()) {
                throw refuse(BodyRefusedException.tooLarge(limits.maxBodyBytes()));
            }
            if (System.nanoTime() - deadline > 0) {
                throw refuse(tooSlow());
            }
            if (in.isFinished()) {
                leave();
            }
        }

        private BodyRefusedException tooSlow() {
            return new BodyRefusedException(
                    HttpStatus.REQUEST_TIMEOUT,
                    "the request body did not arrive within "
                            + limits.bodyReadTimeout().toSeconds() + " s");
        }

        private BodyRefusedException refuse(BodyRefusedException failure) {
            leave();
            refused = failure;
            setAttribute(REFUSED, failure);
            return failure;
        }

        /** Gives back the reader's place: the body is in, or will not be read any further. */
        void leave() {
            if (reading) {
                reading = false;
                readers.leave();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    @FunctionalInterface
    private interface Read {
        int read() throws IOException;
    }
}
