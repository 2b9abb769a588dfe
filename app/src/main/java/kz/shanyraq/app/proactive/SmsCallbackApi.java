package kz.shanyraq.app.proactive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SMS provider's callback: a citizen's reply to an offer. Only a user of role {@code sms-gateway} may call it. */
@RestController
@RequestMapping("/api/sms/replies")
@Tag(name = "SMS gateway", description = "Replies of citizens to proactive offers, delivered by the SMS provider")
@SecurityRequirement(name = "basic")
class SmsCallbackApi {

    private final SmsReplies replies;

    SmsCallbackApi(SmsReplies replies) {
        this.replies = replies;
    }

    /**
     * @param messageId the provider's id of the incoming SMS (a callback delivered twice is recorded once)
     * @param phone     the sender, +7XXXXXXXXXX
     * @param text      "1 &lt;offer&gt;" consents, "2 &lt;offer&gt;" refuses
     */
    record Reply(String messageId, String phone, String text) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Deliver a citizen's reply",
            description = "Consent creates the assignment (once); refusal is recorded; a reply after expiry records "
                    + "the expiry. Duplicates and concurrent replies change nothing more.")
    @ApiResponse(responseCode = "200", description = "Recorded; `outcome` says what it did")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed (`field`)")
    @ApiResponse(responseCode = "403", description = "Only the SMS gateway's user may call back")
    ResponseEntity<?> reply(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Reply reply) {
        if (user.role() != Role.SMS_GATEWAY) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only the SMS gateway delivers replies"));
        }
        if (reply.messageId() == null || reply.messageId().isBlank() || reply.messageId().length() > 100) {
            return bad("messageId", "the provider's message id is required (up to 100 characters)");
        }
        if (reply.phone() == null || !reply.phone().matches("^\\+7[0-9]{10}$")) {
            return bad("phone", "phone must be +7 followed by 10 digits");
        }
        if (reply.text() == null || reply.text().length() > 1000) {
            return bad("text", "text is required (up to 1000 characters)");
        }
        return ResponseEntity.ok(replies.receive(reply.messageId(), reply.phone(), reply.text()));
    }

    private static ResponseEntity<?> bad(String field, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid request");
        p.setProperty("field", field);
        return ResponseEntity.badRequest().body(p);
    }
}
