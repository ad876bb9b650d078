package dev.groupbuy.adapters.platform.wecom.archive;

import com.tencent.wework.Finance;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpMsgAuditService;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatDatas;

/**
 * The archive through WxJava's {@link WxCpMsgAuditService} and WeCom's native SDK. In WxJava 4.7.x every pull
 * opens an SDK handle that the caller must release ({@code Finance.DestroySdk}) — except when a decryption
 * failed, which WxJava answers by releasing it itself: releasing it twice crashes the JVM, so a batch stops
 * at such a message (skipped, so the next pull moves on).
 */
public final class FinanceArchiveSource implements ArchiveSource {

    private static final Logger LOG = Logger.getLogger(FinanceArchiveSource.class.getName());
    /** How WxJava reports a failure of the SDK's own decryption, after which the handle is gone. */
    private static final String SDK_RELEASED = "msg err ret";

    private final WxCpMsgAuditService audit;
    private final ArchiveSettings settings;

    public FinanceArchiveSource(WxCpMsgAuditService audit, ArchiveSettings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public List<ArchivedMessage> fetch(long seq, int limit) {
        WxCpChatDatas datas;
        try {
            datas = audit.getChatDatas(seq, Math.min(limit, MAX_LIMIT), null, null, settings.timeoutSeconds());
        } catch (Exception e) {
            throw new ArchiveUnavailableException(
                    "archive pull failed: " + e.getClass().getSimpleName(), e);
        }
        long sdk = datas.getSdk() == null ? 0 : datas.getSdk();
        boolean released = false;
        List<ArchivedMessage> messages = new ArrayList<>();
        try {
            for (WxCpChatDatas.WxCpChatData data :
                    datas.getChatData() == null ? List.<WxCpChatDatas.WxCpChatData>of() : datas.getChatData()) {
                try {
                    String json = audit.getChatPlainText(sdk, data, settings.pkcs1() ? 1 : 0);
                    messages.add(new ArchivedMessage(data.getSeq(), data.getMsgId(), json));
                } catch (Exception e) {
                    LOG.warning(() -> "archive message at seq " + data.getSeq() + " not decrypted: "
                            + e.getClass().getSimpleName());
                    messages.add(new ArchivedMessage(data.getSeq(), data.getMsgId(), null));
                    if (e instanceof WxErrorException
                            && String.valueOf(e.getMessage()).contains(SDK_RELEASED)) {
                        released = true;
                        break;
                    }
                }
            }
        } finally {
            if (!released && sdk != 0) {
                Finance.DestroySdk(sdk);
            }
        }
        return messages;
    }
}
