package io.humanlink.web.api.billing;

import io.humanlink.web.api.sessions.SessionsFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads back what the app stored about billing, for building the provider events a test then sends. */
final class BillingFixture {

    private final SessionsFixture sessions;

    BillingFixture(SessionsFixture sessions) {
        this.sessions = sessions;
    }

    /** The provider customer id the app created for a user (by the user's public id). */
    String customerOf(String userPublicId) {
        return text("select c.provider_customer_id from billing_customers c join users u on u.id = c.user_id"
                + " where u.public_id = ?", userPublicId);
    }

    /** The checkout id of a premium session's payment. */
    String checkoutOf(String sessionPublicId) {
        return text("select p.checkout_id from payments p join chat_sessions s on s.id = p.session_id"
                + " where s.public_id = ?", sessionPublicId);
    }

    String text(String sql, String parameter) {
        try (Connection c = sessions.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
