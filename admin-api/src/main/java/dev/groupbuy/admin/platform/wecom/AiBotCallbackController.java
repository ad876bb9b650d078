package dev.groupbuy.admin.platform.wecom;

import dev.groupbuy.adapters.platform.wecom.aibot.AiBotCallback;
import dev.groupbuy.admin.platform.PlatformProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The WeCom AI bot's callback URL: verification, then encrypted JSON messages. */
@RestController
@Tag(name = "platforms")
@ConditionalOnProperty(name = "groupbuy.wecom.aibot.enabled", havingValue = "true")
class AiBotCallbackController {

    private final AiBotCallback callback;

    AiBotCallbackController(AiBotCallback callback) {
        this.callback = callback;
    }

    @Operation(summary = "WeCom AI bot URL verification")
    @GetMapping(path = "/wecom/aibot/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(
            @RequestParam(name = "msg_signature", required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        return callback.verify(signature, timestamp, nonce, echostr)
                .orElseThrow(() -> PlatformProblems.unauthorized("not a WeCom AI bot verification request"));
    }

    @Operation(summary = "WeCom AI bot messages (encrypted JSON)")
    @PostMapping(path = "/wecom/aibot/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(
            @RequestParam(name = "msg_signature", required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestBody(required = false) String body) {
        if (body == null || !callback.receive(signature, timestamp, nonce, body)) {
            throw PlatformProblems.badRequest("not a callback of this AI bot");
        }
        return "";
    }
}
