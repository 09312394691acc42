package io.humanlink.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Jsonp.PROVIDER.createXxx} looks the provider up on every call, which in Payara
 * scans the class path each time: a profile of the nightly job showed most of its CPU there.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
