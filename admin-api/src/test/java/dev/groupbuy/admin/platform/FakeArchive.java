package dev.groupbuy.admin.platform;

import dev.groupbuy.adapters.platform.wecom.archive.ArchiveSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The WeCom message archive faked at its port: tests add decrypted messages, the puller reads them. */
public final class FakeArchive implements ArchiveSource {

    private final List<ArchivedMessage> messages = new ArrayList<>();
    private long seq = 1_000;

    public synchronized void add(String json) {
        seq++;
        messages.add(new ArchivedMessage(seq, "id-" + seq, json));
    }

    @Override
    public synchronized List<ArchivedMessage> fetch(long after, int limit) {
        return messages.stream().filter(m -> m.seq() > after).limit(limit).toList();
    }

    public static String text(String room, String msgId, String from, String content) {
        return "{\"msgid\":\"" + msgId + "\",\"action\":\"send\",\"from\":\"" + from + "\",\"tolist\":[],\"roomid\":\""
                + room + "\",\"msgtime\":1764050400000,\"msgtype\":\"text\",\"text\":{\"content\":\""
                + content.replace("\n", "\\n") + "\"}}";
    }

    /** Used instead of WeCom's native SDK. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        FakeArchive fakeArchive() {
            return new FakeArchive();
        }
    }
}
