package io.humanlink.sessions;

/** "Would you like to see them again?" — feeds matching (prioritise the pair, or never propose it again). */
public enum SeeAgain {
    PRIORITISE, SURE, NEVER
}
