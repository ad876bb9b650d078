package dev.groupbuy.admin.group;

import static dev.groupbuy.admin.usecase.Refusals.operator;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;
import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.admin.history.ChangeView;
import dev.groupbuy.core.action.commission.SetCommission;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.commission.CommissionRate;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.history.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Chat groups the bot serves, with their leaders and commission rates. */
@RestController
@Tag(name = "groups")
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupRepository groups;
    private final GroupChannels channels;
    private final UseCases use;
    private final Clock clock;

    GroupController(GroupRepository groups, GroupChannels channels, UseCases use, Clock clock) {
        this.groups = groups;
        this.channels = channels;
        this.use = use;
        this.clock = clock;
    }

    @Operation(summary = "Register a chat group with its leaders and commission rate (409 when the chat id is taken)")
    @PostMapping
    ResponseEntity<GroupView> create(@Valid @RequestBody CreateGroupRequest request) {
        List<CreateGroupRequest.LeaderRequest> leaders = request.leaders() == null ? List.of() : request.leaders();
        if (leaders.stream().map(l -> l.userId().strip()).distinct().count() != leaders.size()) {
            throw unprocessable("each leader's userId must be listed once");
        }
        if (request.commissionRate() != null) {
            try {
                CommissionRate.of(request.commissionRate());
            } catch (IllegalArgumentException e) {
                throw unprocessable("commissionRate: " + e.getMessage());
            }
        }
        ChatGroup group = new ChatGroup(
                null, request.platform(), request.chatId(), request.name(), zone(request.zone()), clock.instant());
        GroupChannel channel = request.send() == null ? null : request.send().toChannel();
        List<Member> members = leaders.stream()
                .map(l -> new Member(0, l.userId().strip(), l.name(), Role.LEADER))
                .toList();
        ChatGroup stored = groups.create(group, members);
        if (channel != null) {
            channels.save(stored.id(), channel);
        }
        if (request.commissionRate() != null) {
            orThrow(use.setCommission()
                    .forGroup(new SetCommission.ForGroup(stored.id(), request.commissionRate(), operator())));
        }
        return ResponseEntity.created(URI.create("/api/v1/groups/" + stored.id()))
                .body(view(stored));
    }

    /**
     * {@code commissionRate} absent: unchanged; {@code null}: removed (the leader's rate applies); a fraction such
     * as {@code 0.12}: the group's own.
     */
    @Operation(summary = "Change a group's commission rate ({\"commissionRate\":0.12}; null removes it)")
    @PatchMapping("/{id}")
    GroupView patch(@PathVariable long id, @RequestBody JsonNode request) {
        ChatGroup group = groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
        if (!request.isObject()) {
            throw badRequest("the body must be a JSON object such as {\"commissionRate\":0.12}");
        }
        JsonNode rate = request.get("commissionRate");
        if (rate != null) {
            if (!rate.isNull() && !rate.isNumber()) {
                throw badRequest("commissionRate: must be a number such as 0.12, or null");
            }
            orThrow(use.setCommission()
                    .forGroup(new SetCommission.ForGroup(id, rate.isNull() ? null : rate.decimalValue(), operator())));
        }
        return view(group);
    }

    @Operation(summary = "The changes of the group's commission rate, oldest first")
    @GetMapping("/{id}/history")
    ChangeView.ChangeList history(@PathVariable long id) {
        groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
        return ChangeView.ChangeList.of(
                use.ports().office().changes().of(Subject.GROUP_COMMISSION, String.valueOf(id)));
    }

    @Operation(summary = "All groups, with their members")
    @GetMapping
    GroupList list() {
        return new GroupList(groups.findAll().stream().map(this::view).toList());
    }

    @Operation(summary = "One group, with its members and leaders")
    @GetMapping("/{id}")
    GroupView get(@PathVariable long id) {
        ChatGroup group = groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
        return view(group);
    }

    @Operation(summary = "Add a member or change their name and role (leader, assistant, resident)")
    @PutMapping("/{id}/members/{userId}")
    GroupView.MemberView putMember(
            @PathVariable long id, @PathVariable String userId, @Valid @RequestBody MemberRequest request) {
        groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
        if (userId.isBlank() || userId.length() > 128) {
            throw unprocessable("userId must be 1 to 128 characters");
        }
        Role role;
        try {
            role = Role.fromWireName(request.role());
        } catch (IllegalArgumentException e) {
            throw unprocessable("role must be one of leader, assistant, resident");
        }
        groups.saveMember(new Member(id, userId.strip(), request.name(), role));
        return GroupView.MemberView.of(groups.member(id, userId.strip()).orElseThrow());
    }

    record GroupList(List<GroupView> groups) {}

    private GroupView view(ChatGroup group) {
        return GroupView.of(
                group,
                groups.members(group.id()),
                use.ports().office().rates().ofGroup(group.id()).orElse(null));
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ChatGroup.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw unprocessable("zone '" + zone + "' is not a time zone such as Asia/Shanghai");
        }
    }
}
