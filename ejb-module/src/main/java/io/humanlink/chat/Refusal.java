package io.humanlink.chat;

/** Why a send was not stored; the slug is what clients see in the error frame. */
public enum Refusal {
    NOT_MEMBER("not-a-member", "You are not a member of this conversation."),
    BLOCKED("blocked", "You cannot send messages to this conversation: one of you blocked the other."),
    INVALID_MESSAGE("invalid-message", "A message needs a non-blank body and a clientMsgId of 1 to 64 letters,"
            + " digits or . _ : - characters."),
    TOO_LARGE("message-too-large", "The message body is larger than allowed.");

    private final String slug;
    private final String detail;

    Refusal(String slug, String detail) {
        this.slug = slug;
        this.detail = detail;
    }

    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }
}
