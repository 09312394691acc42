package io.humanlink.web.ws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.web.platform.AppUnderTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * People and conversations for the chat benchmark, written straight to the database (thousands of sign-ups through
 * the API would take minutes), and access tokens for them signed with the app's key, as the app itself signs them
 * (issuer, audience, subject, groups). Ids start far above anything the app's sequences hand out.
 */
final class BenchPopulation {

    /** A user the benchmark made. */
    record Member(long id, UUID publicId) {
    }

    private static final Duration TOKEN_TTL = Duration.ofMinutes(14);

    private final AppUnderTest app;
    private final RSASSASigner signer;
    private long nextUserId = 900_000_000L;
    private long nextConversationId = 900_000_000L;

    BenchPopulation(AppUnderTest app) {
        this.app = app;
        this.signer = new RSASSASigner(app.privateKey());
    }

    /** Active users with the USER role, verified e-mail. */
    List<Member> addUsers(int count) throws SQLException {
        List<Member> members = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect();
             PreparedStatement users = c.prepareStatement("""
                     insert into users (id, public_id, email, display_name, password_hash, time_zone, locale, bio,
                         status, email_verified_at, suspended_reason, created_at, updated_at, version)
                     values (?, ?, ?, ?, null, 'UTC', 'en', null, 'ACTIVE', ?, null, ?, ?, 0)""");
             PreparedStatement roles = c.prepareStatement("insert into user_roles (user_id, role) values (?, 'USER')")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                Member member = new Member(nextUserId++, UUID.randomUUID());
                users.setLong(1, member.id());
                users.setString(2, member.publicId().toString());
                users.setString(3, "bench-" + member.id() + "@humanlink.test");
                users.setString(4, "Bench " + member.id());
                users.setTimestamp(5, now);
                users.setTimestamp(6, now);
                users.setTimestamp(7, now);
                users.addBatch();
                roles.setLong(1, member.id());
                roles.addBatch();
                members.add(member);
                if (i % 1000 == 999) {
                    users.executeBatch();
                    roles.executeBatch();
                }
            }
            users.executeBatch();
            roles.executeBatch();
            c.commit();
        }
        return members;
    }

    /** A conversation for each two consecutive members; returns the conversations' public ids, in pair order. */
    List<String> addConversations(List<Member> members) throws SQLException {
        List<String> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect();
             PreparedStatement conversations = c.prepareStatement("insert into conversations (id, public_id, kind,"
                     + " created_at, last_activity_at) values (?, ?, 'MATCH', ?, ?)");
             PreparedStatement memberships = c.prepareStatement("insert into conversation_members (conversation_id,"
                     + " user_id, joined_at) values (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i + 1 < members.size(); i += 2) {
                long id = nextConversationId++;
                String publicId = UUID.randomUUID().toString();
                conversations.setLong(1, id);
                conversations.setString(2, publicId);
                conversations.setTimestamp(3, now);
                conversations.setTimestamp(4, now);
                conversations.addBatch();
                for (Member member : members.subList(i, i + 2)) {
                    memberships.setLong(1, id);
                    memberships.setLong(2, member.id());
                    memberships.setTimestamp(3, now);
                    memberships.addBatch();
                }
                ids.add(publicId);
            }
            conversations.executeBatch();
            memberships.executeBatch();
            c.commit();
        }
        return ids;
    }

    /** An access token for the member, as the app issues them. */
    String token(Member member) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://humanlink.io")
                .audience("humanlink-api")
                .subject(member.publicId().toString())
                .claim("upn", member.publicId().toString())
                .claim("groups", List.of("USER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_TTL)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    long storedMessages() throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select count(*) from messages");
             ResultSet row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(app.database().jdbcUrl() + "?reWriteBatchedInserts=true",
                app.database().user(), "");
    }
}
