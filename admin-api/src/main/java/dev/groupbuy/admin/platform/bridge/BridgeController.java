package dev.groupbuy.admin.platform.bridge;

import dev.groupbuy.adapters.platform.bridge.BridgeInbound;
import dev.groupbuy.adapters.platform.bridge.BridgeSignature;
import dev.groupbuy.adapters.platform.bridge.BridgeVerdict;
import dev.groupbuy.admin.platform.PlatformProblems;
import dev.groupbuy.core.chat.MessageIntake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Messages from a personal-WeChat bridge, signed with the shared secret (see docs/bridge.md). */
@RestController
@Tag(name = "platforms")
@ConditionalOnProperty(name = "groupbuy.bridge.enabled", havingValue = "true")
class BridgeController {

    private final BridgeInbound inbound;
    private final MessageIntake intake;

    BridgeController(BridgeInbound inbound, MessageIntake intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    @Operation(
            summary = "A message from a bridged WeChat group: stored, then processed (401 unsigned, stale or replayed)")
    @PostMapping("/bridge/v1/messages")
    Map<String, Object> post(
            @RequestHeader(name = BridgeSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = BridgeSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        BridgeVerdict verdict = inbound.check(timestamp, signature, body == null ? new byte[0] : body);
        if (verdict instanceof BridgeVerdict.Refused refused) {
            throw switch (refused.reason()) {
                case UNAUTHENTICATED -> PlatformProblems.unauthorized(refused.detail());
                case MALFORMED -> PlatformProblems.badRequest(refused.detail());
            };
        }
        boolean stored = intake.accept(((BridgeVerdict.Accepted) verdict).message());
        return Map.of("stored", stored, "duplicate", !stored);
    }
}
