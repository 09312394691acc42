package io.humanlink.billing;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.profile.FriendProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Paying Friends what they earned. A payout run settles, per Friend, every entry past its hold that no payout settled
 * yet: one payout for their sum, its debit entry, and the items linking them, so each payout's entries sum to zero.
 * With Stripe Connect on and a connected account, the money moves as a transfer at once (PAID, or FAILED and the sum
 * booked back); otherwise a manager marks the payout paid or failed after paying by hand.
 */
@ApplicationScoped
@Transactional
public class Payouts {

    private static final Pattern CONNECTED_ACCOUNT = Pattern.compile("acct_[A-Za-z0-9]{6,64}");

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    public EarningsSummary summary(UUID friendId) {
        User friend = users.require(friendId);
        Instant now = clock.instant();
        List<EarningEntry> entries = em.createQuery("select e from EarningEntry e where e.friendId = :friend"
                        + " order by e.createdAt desc, e.id desc", EarningEntry.class)
                .setParameter("friend", friend.getId()).setMaxResults(500).getResultList();
        long pending = sumUnsettled(friend.getId(), now, false);
        long available = sumUnsettled(friend.getId(), now, true);
        // Untyped: providers answer sum() over a bigint as Long or BigDecimal.
        long paid = ((Number) em.createQuery("select coalesce(sum(p.amountMinor), 0) from Payout p"
                        + " where p.friendId = :friend and p.status = :paid")
                .setParameter("friend", friend.getId()).setParameter("paid", PayoutStatus.PAID).getSingleResult())
                .longValue();
        List<Payout> payouts = em.createQuery("select p from Payout p where p.friendId = :friend"
                + " order by p.createdAt desc", Payout.class).setParameter("friend", friend.getId()).getResultList();
        List<Long> sessions = entries.stream().map(EarningEntry::getSessionId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        java.util.Map<Long, UUID> sessionIds = new java.util.HashMap<>();
        if (!sessions.isEmpty()) {
            em.createQuery("select s from ChatSession s where s.id in :ids", io.humanlink.sessions.ChatSession.class)
                    .setParameter("ids", sessions).getResultList()
                    .forEach(s -> sessionIds.put(s.getId(), s.getPublicId()));
        }
        return new EarningsSummary(settings.earningsCurrency(), pending, available, paid, entries, payouts,
                sessionIds);
    }

    /** Pays out every Friend's available balance; returns the payouts made. */
    public List<Payout> run() {
        Instant now = clock.instant();
        List<Payout> made = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> balances = em.createNativeQuery("select e.friend_id, e.currency, sum(e.amount_minor)"
                        + " from earnings e where e.available_at <= ? and e.kind <> 'PAYOUT'"
                        + " and not exists (select 1 from payout_items i where i.earning_id = e.id)"
                        + " group by e.friend_id, e.currency having sum(e.amount_minor) > 0")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).getResultList();
        for (Object[] row : balances) {
            made.add(payOut(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(), now));
        }
        return made;
    }

    public Payout markPaid(UUID payoutId) {
        Payout payout = require(payoutId);
        requirePending(payout);
        payout.paid(null, clock.instant());
        return payout;
    }

    public Payout markFailed(UUID payoutId, String reason) {
        Payout payout = require(payoutId);
        requirePending(payout);
        fail(payout, reason, clock.instant());
        return payout;
    }

    public List<Payout> recent(int limit) {
        return em.createQuery("select p from Payout p order by p.createdAt desc, p.id desc", Payout.class)
                .setMaxResults(limit).getResultList();
    }

    /** A Friend names the Stripe Connect account their payouts go to. */
    public void setPayoutAccount(UUID friendId, String accountId) {
        if (accountId == null || !CONNECTED_ACCOUNT.matcher(accountId.strip()).matches()) {
            throw DomainException.validation("accountId", "must be a connected account id (acct_...)");
        }
        FriendProfile profile = em.find(FriendProfile.class, users.require(friendId).getId());
        if (profile == null) {
            throw DomainException.notFound("Your Friend profile");
        }
        em.createNativeQuery("update friend_profiles set payout_account_id = ? where user_id = ?")
                .setParameter(1, accountId.strip()).setParameter(2, profile.getUser().getId()).executeUpdate();
    }

    private Payout payOut(long friendId, String currency, long amount, Instant now) {
        Payout payout = new Payout(friendId, amount, currency, now);
        em.persist(payout);
        em.flush();
        em.createNativeQuery("insert into payout_items (earning_id, payout_id) select e.id, ? from earnings e"
                        + " where e.friend_id = ? and e.currency = ? and e.available_at <= ? and e.kind <> 'PAYOUT'"
                        + " and not exists (select 1 from payout_items i where i.earning_id = e.id)")
                .setParameter(1, payout.getId()).setParameter(2, friendId).setParameter(3, currency)
                .setParameter(4, now.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        EarningEntry debit = new EarningEntry(friendId, null, payout.getId(), EarningKind.PAYOUT, -amount, currency,
                now, "payout:" + payout.getPublicId(), now);
        em.persist(debit);
        em.flush();
        em.createNativeQuery("insert into payout_items (earning_id, payout_id) values (?, ?)")
                .setParameter(1, debit.getId()).setParameter(2, payout.getId()).executeUpdate();
        String account = payoutAccount(friendId);
        if (settings.connectEnabled() && account != null) {
            try {
                payout.paid(gateway.transfer(account, amount, currency, "payout-" + payout.getPublicId()), now);
            } catch (PaymentProviderException e) {
                fail(payout, e.getMessage(), now);
            }
        }
        return payout;
    }

    /** The payout failed: its sum is booked back, available for the next run. */
    private void fail(Payout payout, String reason, Instant now) {
        payout.failed(reason == null ? "failed" : reason, now);
        em.persist(new EarningEntry(payout.getFriendId(), null, payout.getId(), EarningKind.PAYOUT_RETURN,
                payout.getAmountMinor(), payout.getCurrency(), now, "payout-return:" + payout.getPublicId(), now));
    }

    private long sumUnsettled(long friendId, Instant now, boolean available) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(e.amount_minor), 0) from earnings e"
                        + " where e.friend_id = ? and e.kind <> 'PAYOUT' and e.available_at " + (available ? "<=" : ">")
                        + " ? and not exists (select 1 from payout_items i where i.earning_id = e.id)")
                .setParameter(1, friendId).setParameter(2, now.atOffset(java.time.ZoneOffset.UTC)).getSingleResult();
        return sum.longValue();
    }

    private String payoutAccount(long friendId) {
        List<?> rows = em.createNativeQuery("select payout_account_id from friend_profiles where user_id = ?")
                .setParameter(1, friendId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private Payout require(UUID payoutId) {
        return em.createQuery("select p from Payout p where p.publicId = :id", Payout.class)
                .setParameter("id", payoutId.toString()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Payout " + payoutId));
    }

    private static void requirePending(Payout payout) {
        if (payout.getStatus() != PayoutStatus.PENDING) {
            throw new DomainException(409, "payout-settled", "Payout already settled",
                    "This payout is already " + payout.getStatus() + ".");
        }
    }
}
