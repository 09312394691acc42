package io.humanlink.identity;

import java.util.Locale;

/** Accepts BCP 47 language tags ("en", "de-AT") and stores each in one spelling, so equal locales compare equal. */
public final class Locales {

    private Locales() {
    }

    public static boolean isValid(String tag) {
        return tag != null && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }

    /** "EN-us" becomes "en-US"; call only for a tag {@link #isValid} accepted. */
    public static String canonical(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }
}
