package dev.groupbuy.adapters.platform.wecom;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.DuplicateGroupException;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalGroupChatInfo;

/**
 * Keeps WeCom customer groups (客户群) and their names in step with {@code change_external_chat}: a new group
 * is registered with its owner employee as leader, a changed one gets its new name (and a new owner as
 * leader); a dismissed group stays registered, with its deals and orders.
 */
public final class WeComGroupSync {

    private static final Logger LOG = Logger.getLogger(WeComGroupSync.class.getName());

    private final WxCpService cp;
    private final GroupRepository groups;
    private final Clock clock;

    public WeComGroupSync(WxCpService cp, GroupRepository groups, Clock clock) {
        this.cp = cp;
        this.groups = groups;
        this.clock = clock;
    }

    public void changed(String chatId, String changeType, String updateDetail) {
        if (chatId == null || chatId.isBlank() || "dismiss".equals(changeType)) {
            return;
        }
        Optional<WxCpUserExternalGroupChatInfo.GroupChat> info = fetch(chatId);
        if (info.isEmpty()) {
            return;
        }
        String name = info.get().getName() == null ? "" : info.get().getName();
        String owner = info.get().getOwner();
        Optional<ChatGroup> known = groups.findByChat(WeComSender.PLATFORM, chatId);
        if (known.isEmpty()) {
            register(chatId, name, owner);
            return;
        }
        if (!known.get().name().equals(name.strip())) {
            groups.rename(known.get().id(), name);
        }
        if ("change_owner".equals(updateDetail) && owner != null && !owner.isBlank()) {
            groups.saveMember(new Member(known.get().id(), owner, "", Role.LEADER));
        }
    }

    private void register(String chatId, String name, String owner) {
        List<Member> leaders =
                owner == null || owner.isBlank() ? List.of() : List.of(new Member(0, owner, "", Role.LEADER));
        try {
            groups.create(new ChatGroup(null, WeComSender.PLATFORM, chatId, name, null, clock.instant()), leaders);
        } catch (DuplicateGroupException alreadyThere) {
            LOG.fine("customer group registered meanwhile");
        }
    }

    private Optional<WxCpUserExternalGroupChatInfo.GroupChat> fetch(String chatId) {
        try {
            WxCpUserExternalGroupChatInfo info = cp.getExternalContactService().getGroupChat(chatId, 1);
            return Optional.ofNullable(info).map(WxCpUserExternalGroupChatInfo::getGroupChat);
        } catch (WxErrorException | WxRuntimeException e) {
            LOG.warning(() -> "customer group details unavailable: " + WeComErrors.outcome(e));
            return Optional.empty();
        }
    }
}
