package io.humanlink.identity;

import io.humanlink.notify.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Words the account emails; sent only once the transaction that made their tokens has committed. */
@ApplicationScoped
public class AccountEmails {

    @Inject
    MailSender mail;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountEmail email) {
        switch (email.kind()) {
            case VERIFY_EMAIL -> mail.send(email.to(), "Confirm your HumanLink email", """
                    Hi %s,

                    please confirm this is your email address by opening this link:

                    %s

                    If you did not sign up for HumanLink, ignore this message.
                    """.formatted(email.displayName(), email.link()));
            case RESET_PASSWORD -> mail.send(email.to(), "Reset your HumanLink password", """
                    Hi %s,

                    someone (hopefully you) asked to reset your HumanLink password. Open this link within the hour
                    to choose a new one:

                    %s

                    If it was not you, ignore this message; your password stays as it is.
                    """.formatted(email.displayName(), email.link()));
        }
    }
}
