package io.humanlink.web.ws;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The web origins whose pages may open the chat socket. Browsers always send {@code Origin} on a WebSocket handshake
 * and let any page connect anywhere, so this list is what stops another site's page from chatting with the visitor's
 * credentials. A handshake without {@code Origin} comes from a non-browser client (an app, a test, the load
 * generator), for which the header proves nothing; it is allowed unless {@code humanlink.chat.origin-required} is set.
 * Origins compare as scheme, host and port, ignoring case and a default port.
 */
public final class ChatOrigins {

    private final Set<String> allowed;
    private final boolean required;

    public ChatOrigins(Collection<String> allowed, boolean required) {
        this.allowed = allowed.stream().filter(o -> !o.isBlank()).map(o -> {
            String normalised = normalise(o);
            if (normalised == null) {
                throw new IllegalStateException("humanlink.chat.allowed-origins: \"" + o + "\" is not an origin"
                        + " (http[s]://host[:port])");
            }
            return normalised;
        }).collect(Collectors.toUnmodifiableSet());
        this.required = required;
    }

    public boolean allows(String origin) {
        if (origin == null || origin.isBlank()) {
            return !required;
        }
        String normalised = normalise(origin);
        return normalised != null && allowed.contains(normalised);
    }

    public Set<String> allowed() {
        return allowed;
    }

    /** {@code scheme://host[:port]} in lower case without a default port; null for anything else ("null" included). */
    static String normalise(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null || uri.getRawUserInfo() != null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
