package io.humanlink.web.platform;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the app sent to GreenMail: the messages for one recipient, and the links in them. */
public final class Mailbox {

    private static final Duration POLL = Duration.ofMillis(100);

    private final GreenMail greenMail;

    public Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Every message received so far for {@code to} (case-insensitive), oldest first. */
    public List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, to)).toList();
    }

    /** Waits for at least one message for {@code to} and returns the newest. */
    public MimeMessage awaitMail(String to, Duration timeout) {
        return poll(timeout, () -> messagesTo(to).stream().reduce((older, newer) -> newer), () -> "no mail for " + to);
    }

    /** Waits for a mail to {@code to} with a link starting with {@code linkPrefix}; returns the newest such link. */
    public String awaitLink(String to, String linkPrefix, Duration timeout) {
        return awaitLinks(to, linkPrefix, 1, timeout).getLast();
    }

    /** Waits until the mails to {@code to} hold at least {@code count} links starting with {@code linkPrefix}. */
    public List<String> awaitLinks(String to, String linkPrefix, int count, Duration timeout) {
        return poll(timeout, () -> {
            List<String> links = linksTo(to, linkPrefix);
            return links.size() >= count ? Optional.of(links) : Optional.empty();
        }, () -> "fewer than " + count + " links " + linkPrefix + "... in mails to " + to + "; mails to them: "
                + messagesTo(to).stream().map(Mailbox::text).toList());
    }

    /** The links starting with {@code linkPrefix} in all mails to {@code to}, oldest first. */
    public List<String> linksTo(String to, String linkPrefix) {
        Pattern link = Pattern.compile(Pattern.quote(linkPrefix) + "[^\\s\"'<>]*");
        List<String> links = new ArrayList<>();
        for (MimeMessage message : messagesTo(to)) {
            Matcher matcher = link.matcher(text(message));
            if (matcher.find()) {
                links.add(matcher.group().replace("&amp;", "&"));
            }
        }
        return links;
    }

    /** The decoded value of one query parameter of a link, e.g. the {@code token} of a verification link. */
    public static String queryParameter(String link, String name) {
        String query = URI.create(link).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no " + name + " parameter in " + link);
    }

    /** The message's text parts (plain and HTML), transfer-decoded, joined. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    text.append(text(body)).append('\n');
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static boolean isFor(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .map(a -> a instanceof InternetAddress internet ? internet.getAddress() : a.toString())
                    .anyMatch(address -> address.trim().equalsIgnoreCase(to.trim()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T poll(Duration timeout, Supplier<Optional<T>> check, Supplier<String> failure) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> result = check.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure.get() + " within " + timeout);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail", e);
            }
        }
    }
}
