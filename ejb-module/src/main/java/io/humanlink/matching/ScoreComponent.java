package io.humanlink.matching;

/** One part of a match score: its value in [0, 1], its weight, and the points it adds to the 0–100 total. */
public record ScoreComponent(String name, double value, double weight, double points) {
}
