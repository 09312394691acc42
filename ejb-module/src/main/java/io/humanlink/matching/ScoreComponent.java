package io.humanlink.matching;

/**
 * One part of a match score: its value in [0, 1], its weight, and the points it adds to the 0–100 total. The parts
 * from the seeker's own feedback ({@code seeAgain}, {@code lowRating}) are not weighted: their value is 1 and their
 * weight is their points, negative for a penalty. The total is kept within [0, 100], so at either end the points may
 * add up to more or less than it.
 */
public record ScoreComponent(String name, double value, double weight, double points) {
}
