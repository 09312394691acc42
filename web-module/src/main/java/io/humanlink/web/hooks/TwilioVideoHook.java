package io.humanlink.web.hooks;

import io.humanlink.sessions.RoomEvents;
import io.humanlink.sessions.twilio.TwilioRoomCallbacks;
import io.humanlink.sessions.twilio.TwilioSettings;
import io.humanlink.sessions.twilio.TwilioSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Twilio Video's room status callback. Open to anyone on the network, so the signature is checked against the URL we
 * gave Twilio (not the one this request arrived at, which a proxy may have rewritten) before anything is parsed: a
 * missing or wrong signature is a 403 and nothing is recorded. Replays are harmless: {@link RoomEvents} records each
 * event key once. Hidden from the OpenAPI document, which describes the API for our clients.
 */
@Path("/hooks/twilio/video")
@RequestScoped
@PermitAll
public class TwilioVideoHook {

    @Inject
    TwilioSettings settings;

    @Inject
    TwilioSignature signature;

    @Inject
    TwilioRoomCallbacks callbacks;

    @Inject
    RoomEvents roomEvents;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response statusCallback(MultivaluedMap<String, String> form,
                                   @HeaderParam(TwilioSignature.HEADER) String twilioSignature) {
        signature.verify(settings.statusCallbackUrl(), form, twilioSignature);
        roomEvents.record(callbacks.translate(form));
        return Response.noContent().build();
    }
}
