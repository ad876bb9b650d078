package dev.groupbuy.admin.group;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;

import dev.groupbuy.admin.history.ChangeView;
import dev.groupbuy.core.action.commission.SetCommission;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.history.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A leader's own commission rate: it applies to the groups they lead that have no rate of their own. */
@RestController
@Tag(name = "groups")
@RequestMapping("/api/v1/leaders/{platform}/{userId}/commission")
class LeaderController {

    private final UseCases use;

    LeaderController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "A leader's commission rate (null: none)")
    @GetMapping
    LeaderRate get(@PathVariable String platform, @PathVariable String userId) {
        return new LeaderRate(
                platform,
                userId,
                use.ports().office().rates().ofLeader(platform, userId).orElse(null));
    }

    @Operation(
            summary = "Set a leader's commission rate ({\"commissionRate\":0.08}; null removes it; 404 for no leader)")
    @PutMapping
    LeaderRate put(@PathVariable String platform, @PathVariable String userId, @RequestBody RateRequest request) {
        SetCommission.Rates rates = orThrow(use.setCommission()
                .forLeader(new SetCommission.ForLeader(platform, userId, request.commissionRate(), OPERATOR)));
        return new LeaderRate(platform, userId, rates.after());
    }

    @Operation(summary = "The changes of a leader's commission rate, oldest first")
    @GetMapping("/history")
    ChangeView.ChangeList history(@PathVariable String platform, @PathVariable String userId) {
        return ChangeView.ChangeList.of(
                use.ports().office().changes().of(Subject.LEADER_COMMISSION, platform + "/" + userId));
    }

    record RateRequest(BigDecimal commissionRate) {}

    record LeaderRate(String platform, String userId, BigDecimal commissionRate) {}
}
