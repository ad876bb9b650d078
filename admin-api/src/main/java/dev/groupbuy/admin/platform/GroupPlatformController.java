package dev.groupbuy.admin.platform;

import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.admin.usecase.Refusals;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.direct.Binding;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A group's platform settings: how the bot posts there, and people bound to its members from 1:1 chats. */
@RestController
@Tag(name = "groups")
@RequestMapping("/api/v1/groups/{id}")
class GroupPlatformController {

    private final GroupRepository groups;
    private final GroupChannels channels;
    private final Binding binding;

    GroupPlatformController(GroupRepository groups, GroupChannels channels, Binding binding) {
        this.groups = groups;
        this.channels = channels;
        this.binding = binding;
    }

    @Operation(summary = "Set how the bot posts in the group (WeCom: robot webhook, appchat, customer-group send)")
    @PutMapping("/send")
    Map<String, String> putSend(@PathVariable long id, @Valid @RequestBody SendChannelRequest request) {
        group(id);
        channels.save(id, request.toChannel());
        return Map.of("type", request.toChannel().type().wireName());
    }

    @Operation(summary = "Bind a person's 1:1 chat (e.g. an Official Account follower) to a member of the group")
    @PostMapping("/bindings")
    Map<String, String> bind(@PathVariable long id, @Valid @RequestBody BindingRequest request) {
        ChatGroup group = group(id);
        ChatAddress bound = Refusals.orThrow(binding.bindByOperator(
                group,
                request.platform().strip(),
                request.platformUserId().strip(),
                request.userId().strip(),
                request.name()));
        return Map.of("platform", bound.platform(), "userId", request.userId().strip());
    }

    private ChatGroup group(long id) {
        return groups.findById(id).orElseThrow(() -> notFound("no group with id " + id));
    }

    /**
     * @param platform the 1:1 platform ({@code wechat} for the Official Account)
     * @param platformUserId the person's id there (the follower's openid)
     * @param userId their member id in the group; {@code name} names them when they are not a member yet
     */
    record BindingRequest(
            @NotBlank @Size(max = 32) String platform,
            @NotBlank @Size(max = 128) String platformUserId,
            @NotBlank @Size(max = 128) String userId,
            @Size(max = 255) String name) {}
}
