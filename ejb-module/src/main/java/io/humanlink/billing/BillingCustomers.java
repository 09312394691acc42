package io.humanlink.billing;

import io.humanlink.identity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Our users' customers at the payment provider, made once per user. Two parallel first checkouts of one user send the
 * same idempotency key (the provider answers both with one customer) and the table's key lets only one row in (the
 * other request gets a 409 and its retry finds the row). No row lock: the users row is already key-share locked by
 * the booking that may call this, and upgrading it would deadlock two parallel bookings of one user.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillingCustomers {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    Clock clock;

    public String customerIdFor(User user) {
        BillingCustomer known = em.find(BillingCustomer.class, user.getId());
        if (known != null) {
            return known.getProviderCustomerId();
        }
        String id = gateway.ensureCustomer(null, user.getPublicId().toString(), user.getEmail(),
                "customer-" + user.getPublicId());
        em.persist(new BillingCustomer(user.getId(), id, clock.instant()));
        return id;
    }

    /** The user a provider customer id belongs to. */
    public Optional<Long> userOf(String providerCustomerId) {
        return em.createNamedQuery("BillingCustomer.byProviderId", BillingCustomer.class)
                .setParameter("id", providerCustomerId).getResultStream().findFirst()
                .map(BillingCustomer::getUserId);
    }
}
