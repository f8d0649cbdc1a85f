package io.dscore.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that skips a UTF-8 byte order mark at its start, if there is one. */
final class BomSkipper extends BufferedInputStream {

    private boolean started;

    BomSkipper(InputStream in) {
        super(in, 8192);
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            mark(3);
            byte[] head = new byte[3];
            int n = 0;
            for (int r; n < 3 && (r = super.read(head, n, 3 - n)) > 0; ) {
                n += r;
            }
            if (n < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) {
                reset();
            }
        }
    }

    @Override
    public synchronized int read() throws IOException {
        start();
        return super.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        start();
        return super.read(b, off, len);
    }
}
