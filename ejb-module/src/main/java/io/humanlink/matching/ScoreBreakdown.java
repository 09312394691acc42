package io.humanlink.matching;

import java.util.List;

/** Why a match scored what it did: the components (largest contribution first) and the top reasons in words. */
public record ScoreBreakdown(double total, List<ScoreComponent> components, List<String> reasons) {
}
