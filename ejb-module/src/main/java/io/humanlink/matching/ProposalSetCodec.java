package io.humanlink.matching;

import java.util.Arrays;

/**
 * The text form of a seeker's nightly ranking in {@code proposal_sets.proposals}: the Friends the night put first for
 * them, best first. Only who, not why: the score and its parts are written when the seeker looks
 * ({@link PendingProposals}), from the facts of that moment, with the reasons in words that were always written then.
 *
 * <p>Version 3, written now:
 * <pre>
 * set = "3" *( ";" friendId )
 * </pre>
 * Versions 1 and 2 (written before; still read, for their Friends and order only) kept every part's numbers per
 * Friend, about seven times the bytes: each entry starts with the Friend's id, and in version 2 the entry after the
 * version is the set's weights.
 * <pre>
 * v1 = "1" *( ";" friendId "," ... )
 * v2 = "2" [ ";" weights *( ";" friendId "," ... ) ]
 * </pre>
 * Hand-written because it is a few lines each way: ids joined by a separator.
 */
public final class ProposalSetCodec {

    private static final char VERSION = '3';

    private ProposalSetCodec() {
    }

    /** The ranking's text: these Friends in this order. */
    public static String encode(long[] friendIds) {
        StringBuilder text = new StringBuilder(1 + 10 * friendIds.length).append(VERSION);
        for (long friendId : friendIds) {
            text.append(';').append(friendId);
        }
        return text.toString();
    }

    /** The Friends of a set's text (any version), best first. */
    public static long[] ranking(String text) {
        char version = text.isEmpty() ? '?' : text.charAt(0);
        if (version < '1' || version > VERSION || text.length() > 1 && text.charAt(1) != ';') {
            throw new IllegalArgumentException("unknown proposal set version in '" + text + "'");
        }
        long[] ids = new long[8];
        int count = 0;
        int entry = text.indexOf(';');
        if (version == '2' && entry >= 0) {
            entry = text.indexOf(';', entry + 1);  // the weights
        }
        while (entry >= 0) {
            int next = text.indexOf(';', entry + 1);
            int end = next >= 0 ? next : text.length();
            int comma = text.indexOf(',', entry + 1);
            if (comma >= 0 && comma < end) {
                end = comma;  // versions 1 and 2: the numbers after the id
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, 2 * count);
            }
            try {
                ids[count++] = Long.parseLong(text, entry + 1, end, 10);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad Friend id in proposal set '" + text + "'", e);
            }
            entry = next;
        }
        return Arrays.copyOf(ids, count);
    }
}
