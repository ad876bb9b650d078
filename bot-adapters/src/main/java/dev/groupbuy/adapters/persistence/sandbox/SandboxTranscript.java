package dev.groupbuy.adapters.persistence.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What was said in a sandbox group, as a chat app shows it: the residents' messages (from the inbox) and what the
 * bot posted there (every message the sandbox's sender "sent", replies and announcements alike), oldest first.
 * For the sandbox page; reads only.
 */
public class SandboxTranscript {

    private final SandboxTranscriptMapper mapper;

    SandboxTranscript(SandboxTranscriptMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * One message of the chat.
     *
     * @param fromBot said by the bot; else by {@code senderId} / {@code senderName}
     */
    public record Line(boolean fromBot, String senderId, String senderName, String text, Instant at) {}

    /** The latest {@code limit} messages of each side, merged by time, oldest first. */
    public List<Line> recent(String chatId, int limit) {
        List<Line> lines = new ArrayList<>();
        for (SandboxTranscriptMapper.Said said : mapper.residentsSaid(SandboxSender.PLATFORM, chatId, limit)) {
            lines.add(new Line(false, said.getSenderId(), said.getSenderName(), said.getText(), said.getSaidAt()));
        }
        for (SandboxTranscriptMapper.Said said : mapper.botSaid(chatId, limit)) {
            lines.add(new Line(true, null, null, said.getText(), said.getSaidAt()));
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::fromBot));
        return lines.size() <= limit ? lines : lines.subList(lines.size() - limit, lines.size());
    }
}
