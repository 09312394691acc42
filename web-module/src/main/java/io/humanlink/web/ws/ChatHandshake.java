package io.humanlink.web.ws;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The chat socket's handshake. The Origin is checked against {@code humanlink.chat.allowed-origins} (by default the
 * origin of {@code humanlink.public-url}): a handshake from another origin is refused before any socket exists — the
 * container answers HTTP 403. The credentials are taken along for the endpoint, which redeems them when the socket
 * opens and closes it with 1008 (policy violation) when they do not hold: a single-use ticket in the {@code ticket}
 * query parameter (from {@code POST /api/v1/chat/tickets}; browsers cannot set headers on a WebSocket), or an access
 * token in the {@code Authorization: Bearer} header. Access tokens are not taken from the query string, where proxies
 * and logs would keep them. (A bearer token that does not verify at all never gets here: the MP-JWT mechanism checks
 * every request of the application and answers the upgrade with 401. A verified token of an account that is suspended
 * or whose tokens were revoked since is closed with 1008 {@code token-invalid}.)
 * <p>
 * The container, not CDI, makes this object, so the settings come from MicroProfile Config directly (with the web
 * application's class loader, which sees its configuration files).
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

    /** Key of the handshake's {@link Credentials} in the socket's user properties. */
    static final String CREDENTIALS = "humanlink.chat.credentials";

    /** What the client presented; either may be null. */
    record Credentials(String ticket, String bearerToken) {
    }

    private volatile ChatOrigins origins;

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return origins().allows(originHeaderValue);
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        List<String> tickets = request.getParameterMap().get("ticket");
        String ticket = tickets == null || tickets.isEmpty() ? null : tickets.get(0);
        config.getUserProperties().put(CREDENTIALS, new Credentials(ticket, bearer(request.getHeaders())));
    }

    private static String bearer(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if ("Authorization".equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
                for (String value : header.getValue()) {
                    if (value != null && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                        return value.substring(7).strip();
                    }
                }
            }
        }
        return null;
    }

    private ChatOrigins origins() {
        ChatOrigins known = origins;
        if (known == null) {
            known = fromConfig(ConfigProvider.getConfig(ChatHandshake.class.getClassLoader()));
            origins = known;
        }
        return known;
    }

    static ChatOrigins fromConfig(Config config) {
        List<String> allowed = config.getOptionalValue("humanlink.chat.allowed-origins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .filter(list -> !list.isEmpty())
                .orElseGet(() -> List.of(originOf(config.getOptionalValue("humanlink.public-url", String.class)
                        .orElse("http://localhost:8080"))));
        boolean required = config.getOptionalValue("humanlink.chat.origin-required", Boolean.class).orElse(false);
        return new ChatOrigins(allowed, required);
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
