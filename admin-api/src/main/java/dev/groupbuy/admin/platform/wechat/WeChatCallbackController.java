package dev.groupbuy.admin.platform.wechat;

import dev.groupbuy.adapters.platform.wechat.OfficialAccountCallback;
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

/** The Official Account's server URL: verification, then followers' messages (plain or safe mode). */
@RestController
@Tag(name = "platforms")
@ConditionalOnProperty(name = "groupbuy.wechat.enabled", havingValue = "true")
class WeChatCallbackController {

    private final OfficialAccountCallback callback;

    WeChatCallbackController(OfficialAccountCallback callback) {
        this.callback = callback;
    }

    @Operation(summary = "Official Account server verification")
    @GetMapping(path = "/wechat/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        return callback.verify(signature, timestamp, nonce, echostr)
                .orElseThrow(() -> PlatformProblems.unauthorized("not a WeChat verification request"));
    }

    @Operation(summary = "Official Account messages")
    @PostMapping(path = "/wechat/callback", produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestBody(required = false) String body) {
        if (body == null || !callback.receive(signature, timestamp, nonce, encryptType, msgSignature, body)) {
            throw PlatformProblems.badRequest("not a message of this Official Account");
        }
        return "success";
    }
}
