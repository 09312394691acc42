package io.humanlink.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text form of a seeker's ranked proposals in {@code proposal_sets.proposals}: per Friend, the score and every
 * part of it (value, weight, points), best first — the numbers of a {@link ScoreBreakdown}, not its words, which are
 * written when the seeker looks. About a tenth of the bytes of ten {@code matches} rows with their JSON, which is what
 * lets the nightly job write one row per seeker instead of ten.
 *
 * <pre>
 * set   = "1" *( ";" entry )                       ; version 1
 * entry = friendId "," totalHundredths *( "," part )
 * part  = code ":" valueThousandths ":" weight ":" pointsThousandths
 * code  = t traits | i interests | a availability | c communicationStyle | r rating | s seeAgain | l lowRating
 * </pre>
 * Values and points are kept to 3 decimals and totals to 2, as {@link MatchScorer} and the {@code matches} table round
 * them; weights as Java writes a double, since they come from config as they are. Hand-written because it is ten
 * lines each way and a JSON document per seeker is what it replaces.
 */
public final class ProposalSetCodec {

    private static final String VERSION = "1";
    private static final Map<String, String> CODES = Map.of("traits", "t", "interests", "i", "availability", "a",
            "communicationStyle", "c", "rating", "r", "seeAgain", "s", "lowRating", "l");
    private static final Map<String, String> NAMES = Map.of("t", "traits", "i", "interests", "a", "availability",
            "c", "communicationStyle", "r", "rating", "s", "seeAgain", "l", "lowRating");

    private ProposalSetCodec() {
    }

    /** The proposals in their order (ranks are positions); their reasons are not kept. */
    public static String encode(List<Proposal> proposals) {
        StringBuilder text = new StringBuilder(64 + 96 * proposals.size()).append(VERSION);
        for (Proposal proposal : proposals) {
            ScoreBreakdown breakdown = proposal.breakdown();
            text.append(';').append(proposal.friendId()).append(',').append(Math.round(breakdown.total() * 100));
            for (ScoreComponent part : breakdown.components()) {
                String code = CODES.get(part.name());
                if (code == null) {
                    throw new IllegalArgumentException("no code for score part " + part.name());
                }
                text.append(',').append(code).append(':').append(Math.round(part.value() * 1000)).append(':')
                        .append(part.weight()).append(':').append(Math.round(part.points() * 1000));
            }
        }
        return text.toString();
    }

    /** The proposals of {@link #encode}, ranked 1..n in stored order, each with no reasons. */
    public static List<Proposal> decode(String text) {
        String[] entries = text.split(";");
        if (!entries[0].equals(VERSION)) {
            throw new IllegalArgumentException("unknown proposal set version " + entries[0]);
        }
        List<Proposal> proposals = new ArrayList<>(entries.length - 1);
        for (int e = 1; e < entries.length; e++) {
            String[] fields = entries[e].split(",");
            List<ScoreComponent> parts = new ArrayList<>(fields.length - 2);
            for (int f = 2; f < fields.length; f++) {
                String[] part = fields[f].split(":");
                String name = NAMES.get(part[0]);
                if (name == null || part.length != 4) {
                    throw new IllegalArgumentException("bad score part '" + fields[f] + "' in a proposal set");
                }
                parts.add(new ScoreComponent(name, Long.parseLong(part[1]) / 1000.0, Double.parseDouble(part[2]),
                        Long.parseLong(part[3]) / 1000.0));
            }
            proposals.add(new Proposal(Long.parseLong(fields[0]), e,
                    new ScoreBreakdown(Long.parseLong(fields[1]) / 100.0, List.copyOf(parts), List.of())));
        }
        return List.copyOf(proposals);
    }
}
