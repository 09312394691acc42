package io.humanlink.web.ws;

/** A frame the server cannot act on; the connection stays open and the client gets an error frame with the code. */
final class FrameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    FrameException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
