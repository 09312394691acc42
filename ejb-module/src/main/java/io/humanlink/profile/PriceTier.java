package io.humanlink.profile;

/** What a Friend charges per session, as a tier the billing rules price (premium sessions cost extra). */
public enum PriceTier {
    STANDARD, PREMIUM
}
