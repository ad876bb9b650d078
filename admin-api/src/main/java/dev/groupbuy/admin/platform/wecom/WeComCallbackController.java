package dev.groupbuy.admin.platform.wecom;

import dev.groupbuy.adapters.platform.wecom.WeComCallback;
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

/**
 * The WeCom app's callback URL: {@code GET} verifies it (answers the decrypted {@code echostr}), {@code POST}
 * brings encrypted messages and events. The answer is empty and quick: the work runs afterwards.
 */
@RestController
@Tag(name = "platforms")
@ConditionalOnProperty(name = "groupbuy.wecom.enabled", havingValue = "true")
class WeComCallbackController {

    private final WeComCallback callback;

    WeComCallbackController(WeComCallback callback) {
        this.callback = callback;
    }

    @Operation(summary = "WeCom URL verification")
    @GetMapping(path = "/wecom/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(
            @RequestParam(name = "msg_signature", required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        return callback.verify(signature, timestamp, nonce, echostr)
                .orElseThrow(() -> PlatformProblems.unauthorized("not a WeCom verification request"));
    }

    @Operation(summary = "WeCom messages and events (encrypted XML)")
    @PostMapping(path = "/wecom/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(
            @RequestParam(name = "msg_signature", required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestBody(required = false) String body) {
        if (body == null || !callback.receive(signature, timestamp, nonce, body)) {
            throw PlatformProblems.badRequest("not a WeCom callback for this app");
        }
        return "";
    }
}
