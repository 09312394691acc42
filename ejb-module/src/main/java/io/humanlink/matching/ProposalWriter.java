package io.humanlink.matching;

import io.humanlink.identity.User;
import io.humanlink.notify.NotificationOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores a seeker's new proposals in place of their open ones, in the caller's transaction (a batch chunk or a
 * request). Replacing, not adding, is what makes a job that runs twice on a day, or restarts after a crash, end with
 * the same proposals and no duplicates. Each seeker who gets proposals is told once per day ("New friend match!").
 */
@ApplicationScoped
public class ProposalWriter {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    NotificationOutbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public void replaceProposals(List<SeekerProposals> batch, MatchSource source, LocalDate day) {
        Instant now = clock.instant();
        for (SeekerProposals seeker : batch) {
            em.createNamedQuery("Match.deleteOpenProposals").setParameter("userId", seeker.userId()).executeUpdate();
            User user = em.getReference(User.class, seeker.userId());
            for (Proposal proposal : seeker.proposals()) {
                ScoreBreakdown breakdown = proposal.breakdown();
                em.persist(new Match(user, em.getReference(User.class, proposal.friendId()),
                        Math.round(breakdown.total() * 100.0) / 100.0, proposal.rank(), breakdownJson(breakdown),
                        reasonsJson(breakdown.reasons()), source, day, now));
            }
            if (!seeker.proposals().isEmpty()) {
                outbox.enqueue(seeker.userId(), NotificationOutbox.NEW_MATCH,
                        Json.createObjectBuilder().add("title", "New friend match!")
                                .add("proposals", seeker.proposals().size()).build().toString(),
                        "new-match:" + seeker.userId() + ":" + day);
            }
        }
        em.flush();
    }

    static String breakdownJson(ScoreBreakdown breakdown) {
        JsonArrayBuilder components = Json.createArrayBuilder();
        for (ScoreComponent c : breakdown.components()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", c.name()).add("value", c.value())
                    .add("weight", c.weight()).add("points", c.points());
            components.add(o);
        }
        return Json.createObjectBuilder().add("total", Math.round(breakdown.total() * 100.0) / 100.0)
                .add("components", components).build().toString();
    }

    static String reasonsJson(List<String> reasons) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        reasons.forEach(array::add);
        return array.build().toString();
    }
}
