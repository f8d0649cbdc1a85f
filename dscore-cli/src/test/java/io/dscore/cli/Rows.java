package io.dscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated CSV input: a header and good rows, each with its own name and symbol. */
final class Rows {

    static final String HEADER = "name,symbol,layer,host_chain,consensus,consensus_detail,merged_mined_with,"
            + "shared_security,block_producers,nakamoto_coefficient,launch_type,launch_year,forked_from,vc_funded,"
            + "insider_allocation_pct,dev_fund_pct,governance,incidents,admin_control";

    /** A good row; {@code %d} twice: the name's and the symbol's number. */
    static final String GOOD_ROW =
            "Coin %d,C%d,LAYER_1,,POW,,,NO,15,3,FAIR_LAUNCH,2015,,NO,0,0,ROUGH_CONSENSUS,0,NONE";

    private Rows() {
    }

    /** Writes a CSV file of {@code count} good rows. */
    static Path write(Path file, long count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (long i = 0; i < count; i++) {
                out.write(String.format(GOOD_ROW, i, i) + "\n");
            }
        }
        return file;
    }

    /** A stream of {@code count} good rows made as they are read, so a test can offer more than it could hold. */
    static InputStream stream(long count) {
        return new InputStream() {
            private byte[] line = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
            private int at;
            private long made;

            @Override
            public int read() {
                if (at == line.length) {
                    if (made == count) {
                        return -1;
                    }
                    line = (String.format(GOOD_ROW, made, made) + "\n").getBytes(StandardCharsets.UTF_8);
                    made++;
                    at = 0;
                }
                return line[at++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) b;
                }
                return n;
            }
        };
    }
}
