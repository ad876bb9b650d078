package dev.groupbuy.admin.group;

import static dev.groupbuy.admin.web.ApiProblems.notFound;
import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Chat groups the bot serves, with their leaders. */
@RestController
@Tag(name = "groups")
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupRepository groups;
    private final GroupChannels channels;
    private final Clock clock;

    GroupController(GroupRepository groups, GroupChannels channels, Clock clock) {
        this.groups = groups;
        this.channels = channels;
        this.clock = clock;
    }

    @Operation(summary = "Register a chat group with its leaders (409 when the chat id is taken)")
    @PostMapping
    ResponseEntity<GroupView> create(@Valid @RequestBody CreateGroupRequest request) {
        List<CreateGroupRequest.LeaderRequest> leaders = request.leaders() == null ? List.of() : request.leaders();
        if (leaders.stream().map(l -> l.userId().strip()).distinct().count() != leaders.size()) {
            throw unprocessable("each leader's userId must be listed once");
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
        return ResponseEntity.created(URI.create("/api/v1/groups/" + stored.id()))
                .body(GroupView.of(stored, groups.members(stored.id())));
    }

    @Operation(summary = "All groups, with their members")
    @GetMapping
    GroupList list() {
        return new GroupList(groups.findAll().stream()
                .map(g -> GroupView.of(g, groups.members(g.id())))
                .toList());
    }

    @Operation(summary = "One group, with its members and leaders")
    @GetMapping("/{id}")
    GroupView get(@PathVariable long id) {
        ChatGroup group = groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
        return GroupView.of(group, groups.members(id));
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
