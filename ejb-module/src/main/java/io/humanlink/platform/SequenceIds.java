package io.humanlink.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out row ids from database sequences the way EclipseLink does for the same sequences: each {@code nextval} is a
 * block of {@link #BLOCK} ids ending at the value returned, handed out from its lowest id up. Ids taken here and ids
 * EclipseLink takes therefore never collide. The statements run on PostgreSQL and on the embedded dev database alike.
 * Used by the writers that insert rows with plain JDBC (chat messages, proposals, notices).
 */
public final class SequenceIds {

    /** The sequences' increment (the migrations' {@code increment by 50}, EclipseLink's allocation size). */
    public static final int BLOCK = 50;

    private final Connection connection;
    private final Map<String, long[]> blocks = new HashMap<>();  // sequence → {next id to hand out, last id of block}

    public SequenceIds(Connection connection) {
        this.connection = connection;
    }

    /** The next id of the sequence, from the current block or a new one. */
    public long next(String sequence) throws SQLException {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            long top = blockTops(sequence, 1)[0];
            block = new long[] {top - BLOCK + 1, top};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    /** {@code count} fresh ids of the sequence (whole new blocks, taken in one statement). */
    public long[] take(String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        int next = 0;
        for (long top : blockTops(sequence, (count + BLOCK - 1) / BLOCK)) {
            for (long id = top - BLOCK + 1; id <= top && next < count; id++) {
                ids[next++] = id;
            }
        }
        return ids;
    }

    private long[] blockTops(String sequence, int blockCount) throws SQLException {
        long[] tops = new long[blockCount];
        if (blockCount == 0) {
            return tops;
        }
        int taken = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval('" + sequence + "') from generate_series(1, ?)")) {
            statement.setInt(1, blockCount);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && taken < blockCount) {
                    tops[taken++] = rows.getLong(1);
                }
            }
        }
        if (taken != blockCount) {
            throw new SQLException("sequence " + sequence + " gave " + taken + " of " + blockCount + " id blocks");
        }
        return tops;
    }
}
