package io.humanlink.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text form of a seeker's ranked proposals in {@code proposal_sets.proposals}: per Friend, the score and every
 * part of it (value, weight, points), best first — the numbers of a {@link ScoreBreakdown}, not its words, which are
 * written when the seeker looks. About a fifteenth of the bytes of ten {@code matches} rows with their JSON, which is
 * what lets the nightly job write one row per seeker instead of ten.
 *
 * <p>Version 2, written now: the weights once per set (every proposal of a night is scored with the same weights),
 * then per Friend only values and points, as integers.
 * <pre>
 * set     = "2" [ ";" weights *( ";" entry ) ]
 * weights = code "=" weight *( "," code "=" weight )
 * entry   = friendId "," totalHundredths *( "," code valueThousandths ":" pointsThousandths )
 * </pre>
 * Version 1 (still read; written when the parts of one set disagree on a weight, which the scorer never does):
 * <pre>
 * set   = "1" *( ";" entry )
 * entry = friendId "," totalHundredths *( "," part )
 * part  = code ":" valueThousandths ":" weight ":" pointsThousandths
 * </pre>
 * {@code code}: t traits, i interests, a availability, c communicationStyle, r rating, s seeAgain, l lowRating. Values
 * and points are kept to 3 decimals and totals to 2, as {@link MatchScorer} and the {@code matches} table round them;
 * weights as Java writes a double, since they come from config as they are. Hand-written because it is a few lines
 * each way and a JSON document per seeker is what it replaces.
 */
public final class ProposalSetCodec {

    /** The score parts, and their one-letter codes at the same positions; a part's position is its weight's slot. */
    private static final List<String> PART_NAMES = List.of("traits", "interests", "availability",
            "communicationStyle", "rating", "seeAgain", "lowRating");
    private static final String CODE_LETTERS = "tiacrsl";
    /** Part name → position, looked up for every part written (a list search was a few percent of a night). */
    private static final Map<String, Integer> SLOTS = slots();
    /** The last weights written and their text: a night writes one or a few, and writing a double is not cheap. */
    private static volatile WrittenWeights lastWeights = new WrittenWeights(new double[0], "");

    private record WrittenWeights(double[] weights, String text) {
    }

    private ProposalSetCodec() {
    }

    /** The proposals in their order (ranks are positions); their reasons are not kept. */
    public static String encode(List<Proposal> proposals) {
        double[] weights = sharedWeights(proposals);
        if (weights == null) {
            return encodeVersion1(proposals);
        }
        StringBuilder text = new StringBuilder(64 + 64 * proposals.size()).append('2');
        if (proposals.isEmpty()) {
            return text.toString();
        }
        text.append(';').append(weightsText(weights));
        for (Proposal proposal : proposals) {
            ScoreBreakdown breakdown = proposal.breakdown();
            text.append(';').append(proposal.friendId()).append(',').append(Math.round(breakdown.total() * 100));
            for (ScoreComponent part : breakdown.components()) {
                text.append(',').append(code(part.name())).append(Math.round(part.value() * 1000)).append(':')
                        .append(Math.round(part.points() * 1000));
            }
        }
        return text.toString();
    }

    /** The proposals of {@link #encode}, ranked 1..n in stored order, each with no reasons. */
    public static List<Proposal> decode(String text) {
        String[] entries = text.split(";");
        return switch (entries[0]) {
            case "1" -> decodeVersion1(entries);
            case "2" -> decodeVersion2(entries);
            default -> throw new IllegalArgumentException("unknown proposal set version " + entries[0]);
        };
    }

    /**
     * The Friends of a set's text, without decoding its numbers: what the nightly job compares with a seeker's new
     * proposals to tell whether any Friend is new to them. Each entry starts with the Friend's id; in version 2 the
     * entry after the version is the weights.
     */
    public static Set<Long> friendIds(String text) {
        boolean version2 = text.startsWith("2");
        if (!version2 && !text.startsWith("1") || text.length() > 1 && text.charAt(1) != ';') {
            throw new IllegalArgumentException("unknown proposal set version in '" + text + "'");
        }
        Set<Long> ids = new HashSet<>();
        int entry = text.indexOf(';');
        if (version2 && entry >= 0) {
            entry = text.indexOf(';', entry + 1);
        }
        while (entry >= 0) {
            int next = text.indexOf(';', entry + 1);
            int comma = text.indexOf(',', entry + 1);
            int stop = comma >= 0 ? comma : text.length();
            ids.add(Long.parseLong(text, entry + 1, next >= 0 && next < stop ? next : stop, 10));
            entry = next;
        }
        return ids;
    }

    /** Each part's weight by code slot (NaN: no such part), the same across the set; null if two parts disagree. */
    private static double[] sharedWeights(List<Proposal> proposals) {
        double[] weights = new double[CODE_LETTERS.length()];
        Arrays.fill(weights, Double.NaN);
        for (Proposal proposal : proposals) {
            for (ScoreComponent part : proposal.breakdown().components()) {
                int slot = slot(part.name());
                if (Double.isNaN(weights[slot])) {
                    weights[slot] = part.weight();
                } else if (weights[slot] != part.weight()) {
                    return null;
                }
            }
        }
        return weights;
    }

    private static String weightsText(double[] weights) {
        WrittenWeights last = lastWeights;
        if (Arrays.equals(last.weights(), weights)) {
            return last.text();
        }
        StringBuilder text = new StringBuilder();
        for (int slot = 0; slot < weights.length; slot++) {
            if (!Double.isNaN(weights[slot])) {
                text.append(text.isEmpty() ? "" : ",").append(CODE_LETTERS.charAt(slot)).append('=')
                        .append(weights[slot]);
            }
        }
        lastWeights = new WrittenWeights(weights, text.toString());
        return text.toString();
    }

    private static List<Proposal> decodeVersion2(String[] entries) {
        List<Proposal> proposals = new ArrayList<>(Math.max(0, entries.length - 2));
        if (entries.length == 1) {
            return List.of();
        }
        Map<Character, Double> weights = new HashMap<>();
        for (String weight : entries[1].split(",")) {
            String[] codeAndWeight = weight.split("=");
            if (codeAndWeight.length != 2 || codeAndWeight[0].length() != 1
                    || CODE_LETTERS.indexOf(codeAndWeight[0].charAt(0)) < 0) {
                throw new IllegalArgumentException("bad weight '" + weight + "' in a proposal set");
            }
            weights.put(codeAndWeight[0].charAt(0), Double.parseDouble(codeAndWeight[1]));
        }
        for (int e = 2; e < entries.length; e++) {
            String[] fields = entries[e].split(",");
            List<ScoreComponent> parts = new ArrayList<>(fields.length - 2);
            for (int f = 2; f < fields.length; f++) {
                String field = fields[f];
                char code = field.isEmpty() ? '?' : field.charAt(0);
                String[] valueAndPoints = field.substring(Math.min(1, field.length())).split(":");
                if (!weights.containsKey(code) || valueAndPoints.length != 2) {
                    throw new IllegalArgumentException("bad score part '" + field + "' in a proposal set");
                }
                parts.add(new ScoreComponent(name(code), Long.parseLong(valueAndPoints[0]) / 1000.0,
                        weights.get(code), Long.parseLong(valueAndPoints[1]) / 1000.0));
            }
            proposals.add(proposal(fields, e - 1, parts));
        }
        return List.copyOf(proposals);
    }

    private static String encodeVersion1(List<Proposal> proposals) {
        StringBuilder text = new StringBuilder(64 + 96 * proposals.size()).append('1');
        for (Proposal proposal : proposals) {
            ScoreBreakdown breakdown = proposal.breakdown();
            text.append(';').append(proposal.friendId()).append(',').append(Math.round(breakdown.total() * 100));
            for (ScoreComponent part : breakdown.components()) {
                text.append(',').append(code(part.name())).append(':').append(Math.round(part.value() * 1000))
                        .append(':').append(part.weight()).append(':').append(Math.round(part.points() * 1000));
            }
        }
        return text.toString();
    }

    private static List<Proposal> decodeVersion1(String[] entries) {
        List<Proposal> proposals = new ArrayList<>(entries.length - 1);
        for (int e = 1; e < entries.length; e++) {
            String[] fields = entries[e].split(",");
            List<ScoreComponent> parts = new ArrayList<>(fields.length - 2);
            for (int f = 2; f < fields.length; f++) {
                String[] part = fields[f].split(":");
                String name = part[0].length() == 1 ? name(part[0].charAt(0)) : null;
                if (name == null || part.length != 4) {
                    throw new IllegalArgumentException("bad score part '" + fields[f] + "' in a proposal set");
                }
                parts.add(new ScoreComponent(name, Long.parseLong(part[1]) / 1000.0, Double.parseDouble(part[2]),
                        Long.parseLong(part[3]) / 1000.0));
            }
            proposals.add(proposal(fields, e, parts));
        }
        return List.copyOf(proposals);
    }

    private static Proposal proposal(String[] fields, int rank, List<ScoreComponent> parts) {
        return new Proposal(Long.parseLong(fields[0]), rank,
                new ScoreBreakdown(Long.parseLong(fields[1]) / 100.0, List.copyOf(parts), List.of()));
    }

    private static char code(String name) {
        return CODE_LETTERS.charAt(slot(name));
    }

    private static int slot(String name) {
        Integer slot = SLOTS.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("no code for score part " + name);
        }
        return slot;
    }

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new HashMap<>();
        for (int slot = 0; slot < PART_NAMES.size(); slot++) {
            slots.put(PART_NAMES.get(slot), slot);
        }
        return Map.copyOf(slots);
    }

    /** The part a code stands for, or null. */
    private static String name(char code) {
        int slot = CODE_LETTERS.indexOf(code);
        return slot < 0 ? null : PART_NAMES.get(slot);
    }
}
