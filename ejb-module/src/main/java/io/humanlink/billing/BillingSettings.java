package io.humanlink.billing;

import io.humanlink.platform.DomainException;
import io.humanlink.profile.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rules and prices of billing, all from MicroProfile Config (humanlink.billing.*). */
@ApplicationScoped
public class BillingSettings {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "humanlink.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "humanlink.billing.plans", defaultValue = "unlimited")
    List<String> planIds;

    @Inject
    @ConfigProperty(name = "humanlink.billing.trial-days", defaultValue = "7")
    int trialDays;

    @Inject
    @ConfigProperty(name = "humanlink.billing.plan-includes", defaultValue = "text")
    Set<String> planIncludes;

    @Inject
    @ConfigProperty(name = "humanlink.billing.free.sessions-per-week", defaultValue = "1")
    int freeSessionsPerWeek;

    @Inject
    @ConfigProperty(name = "humanlink.billing.premium.price-per-hour-minor", defaultValue = "3000")
    long premiumPricePerHour;

    @Inject
    @ConfigProperty(name = "humanlink.billing.premium.currency", defaultValue = "eur")
    String premiumCurrency;

    @Inject
    @ConfigProperty(name = "humanlink.billing.premium.premium-friends", defaultValue = "true")
    boolean premiumFriendsArePremium;

    @Inject
    @ConfigProperty(name = "humanlink.billing.premium.pay-within", defaultValue = "PT30M")
    Duration payWithin;

    @Inject
    @ConfigProperty(name = "humanlink.billing.refund.late-cancel-percent", defaultValue = "0")
    int lateCancelPercent;

    @Inject
    @ConfigProperty(name = "humanlink.billing.refund.user-no-show-percent", defaultValue = "0")
    int userNoShowPercent;

    @Inject
    @ConfigProperty(name = "humanlink.billing.refund.friend-no-show-percent", defaultValue = "100")
    int friendNoShowPercent;

    @Inject
    @ConfigProperty(name = "humanlink.billing.earnings.subscription-rate-per-hour-minor", defaultValue = "1200")
    long subscriptionRatePerHour;

    @Inject
    @ConfigProperty(name = "humanlink.billing.earnings.platform-fee-percent", defaultValue = "20")
    int platformFeePercent;

    @Inject
    @ConfigProperty(name = "humanlink.billing.earnings.currency", defaultValue = "eur")
    String earningsCurrency;

    @Inject
    @ConfigProperty(name = "humanlink.billing.earnings.hold", defaultValue = "P7D")
    Duration earningsHold;

    @Inject
    @ConfigProperty(name = "humanlink.billing.connect.enabled", defaultValue = "false")
    boolean connectEnabled;

    @Inject
    @ConfigProperty(name = "humanlink.billing.reminder-before", defaultValue = "P3D")
    Duration reminderBefore;

    public List<Plan> plans() {
        return planIds.stream().map(String::strip).map(this::plan).toList();
    }

    /** The configured plan {@code id}; a 400 naming {@code plan} for an unknown one. */
    public Plan plan(String id) {
        if (id == null || !planIds.stream().map(String::strip).toList().contains(id)) {
            throw DomainException.validation("plan", "must be one of " + planIds);
        }
        String prefix = "humanlink.billing.plan." + id + ".";
        return new Plan(id, config.getOptionalValue(prefix + "name", String.class).orElse(id),
                config.getValue(prefix + "price-id", String.class),
                config.getValue(prefix + "amount-minor", Long.class),
                config.getOptionalValue(prefix + "currency", String.class).orElse("eur").toLowerCase(Locale.ROOT),
                config.getOptionalValue(prefix + "interval", String.class).orElse("month"));
    }

    /** The plan whose provider price is {@code priceId}, if configured. */
    public Plan planByPrice(String priceId) {
        return plans().stream().filter(p -> p.priceId().equals(priceId)).findFirst().orElse(null);
    }

    public int trialDays() {
        return trialDays;
    }

    public Set<SessionType> planIncludes() {
        return planIncludes.stream().map(String::strip).filter(SessionType::isCode).map(SessionType::fromCode)
                .collect(Collectors.toSet());
    }

    /** Sessions of the plan's types a user without a subscription may book per week. */
    public int freeSessionsPerWeek() {
        return freeSessionsPerWeek;
    }

    public long premiumPricePerHour() {
        return premiumPricePerHour;
    }

    public String premiumCurrency() {
        return premiumCurrency.toLowerCase(Locale.ROOT);
    }

    public boolean premiumFriendsArePremium() {
        return premiumFriendsArePremium;
    }

    public Duration payWithin() {
        return payWithin;
    }

    public RefundPolicy refundPolicy() {
        return new RefundPolicy(lateCancelPercent, userNoShowPercent, friendNoShowPercent);
    }

    public long subscriptionRatePerHour() {
        return subscriptionRatePerHour;
    }

    public int platformFeePercent() {
        return platformFeePercent;
    }

    public String earningsCurrency() {
        return earningsCurrency.toLowerCase(Locale.ROOT);
    }

    public Duration earningsHold() {
        return earningsHold;
    }

    public boolean connectEnabled() {
        return connectEnabled;
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }

    public String successUrl() {
        return publicUrl + "/billing/done?checkout={CHECKOUT_SESSION_ID}";
    }

    public String cancelUrl() {
        return publicUrl + "/billing/cancelled";
    }

    public String portalReturnUrl() {
        return publicUrl + "/billing";
    }
}
