package io.humanlink.notify;

import io.humanlink.platform.RuntimeProfile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text email over SMTP (Jakarta Mail) off the request thread. With no SMTP host configured (the dev run
 * command on a laptop) the message is written to the log instead, so links stay reachable — but only under the dev
 * and test profiles: elsewhere a message holds live secrets (password-reset links), and logs are read by more people
 * and kept longer than mailboxes, so only the failed delivery is logged.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    @ConfigProperty(name = "humanlink.mail.smtp-host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "humanlink.mail.smtp-port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "humanlink.mail.smtp-user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "humanlink.mail.smtp-password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "humanlink.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "humanlink.mail.from", defaultValue = "HumanLink <no-reply@humanlink.io>")
    String from;

    @Inject
    RuntimeProfile profile;

    @Resource
    ManagedExecutorService executor;

    private Session session;

    @PostConstruct
    void connect() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        Authenticator auth = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(props, auth);
    }

    public void send(String to, String subject, String body) {
        if (session == null) {
            if (profile.isDevOrTest()) {
                LOG.info(() -> "Mail (no SMTP host configured) to " + to + ": " + subject + "\n" + body);
            } else {
                LOG.warning(() -> "Mail '" + subject + "' cannot be delivered: no SMTP host configured"
                        + " (humanlink.mail.smtp-host); its content is not logged outside the dev and test profiles.");
            }
            return;
        }
        executor.execute(() -> deliver(to, subject, body));
    }

    private void deliver(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail '" + subject + "' to " + to, e);
        }
    }
}
