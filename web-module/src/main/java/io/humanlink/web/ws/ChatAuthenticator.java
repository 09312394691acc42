package io.humanlink.web.ws;

import io.humanlink.chat.ChatService;
import io.humanlink.chat.ChatTickets;
import io.humanlink.chat.ChatUser;
import io.humanlink.identity.AccessTokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is opening a chat socket. A ticket is redeemed (once); an access token is verified like MicroProfile JWT does
 * for the API and then held to the same account rules as every API request (the account is active; its tokens were
 * not revoked after this one was issued). A ticket wins when both are given.
 */
@ApplicationScoped
public class ChatAuthenticator {

    @Inject
    ChatTickets tickets;

    @Inject
    AccessTokenVerifier tokens;

    @Inject
    ChatService chat;

    /** The member, or the reason slug the socket is closed with. */
    record Result(ChatUser user, String refusal) {

        static Result refused(String refusal) {
            return new Result(null, refusal);
        }
    }

    Result authenticate(ChatHandshake.Credentials credentials) {
        if (credentials == null || (credentials.ticket() == null && credentials.bearerToken() == null)) {
            return Result.refused("unauthenticated");
        }
        if (credentials.ticket() != null) {
            return tickets.redeem(credentials.ticket()).map(user -> new Result(user, null))
                    .orElseGet(() -> Result.refused("ticket-invalid"));
        }
        Optional<ChatUser> user = tokens.verify(credentials.bearerToken())
                .flatMap(token -> chat.authenticate(token.subject(), token.issuedAtEpochSecond()));
        return user.map(u -> new Result(u, null)).orElseGet(() -> Result.refused("token-invalid"));
    }
}
