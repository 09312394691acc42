package io.humanlink.profile;

import java.util.Locale;

/** How a session happens; codes are the lower-case names ("text", "voice", "video") on the wire. */
public enum SessionType {
    TEXT, VOICE, VIDEO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bit of this type in a mask of offered or wanted types. */
    public int bit() {
        return 1 << ordinal();
    }

    public static SessionType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static boolean isCode(String code) {
        for (SessionType type : values()) {
            if (type.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
