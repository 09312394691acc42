package io.humanlink.matching;

import java.util.Locale;

/** How someone likes to talk: mostly listen, mostly talk, or both; codes are lower-case names on the wire. */
public enum CommunicationStyle {
    LISTENER, TALKER, BALANCED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommunicationStyle fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
