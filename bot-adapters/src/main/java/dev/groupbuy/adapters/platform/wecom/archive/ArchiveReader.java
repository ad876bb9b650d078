package dev.groupbuy.adapters.platform.wecom.archive;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.groupbuy.adapters.platform.wecom.WeComSender;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a decrypted archive message into the core's message: group messages only ({@code roomid} set), sent
 * ones; text as it is; a 接龙 message — which WxJava has no field for — from its raw JSON: the title and the
 * entries in order, written as a 接龙 text, with each entry's writer as its owner when the JSON names one.
 * The archive carries ids, not names: the sender's name stays empty.
 */
final class ArchiveReader {

    /** Message types that never carry a sign-up. */
    static final Set<String> NOT_A_CHAIN = Set.of(
            "image",
            "voice",
            "video",
            "emotion",
            "file",
            "card",
            "location",
            "link",
            "weapp",
            "revoke",
            "agree",
            "disagree",
            "redpacket",
            "external_redpacket",
            "meeting",
            "meeting_voice_call",
            "voip_doc_share",
            "calendar",
            "sphfeed",
            "voiptext",
            "qydiskfile",
            "docmsg",
            "news",
            "chatrecord");

    private static final List<String> TITLE_FIELDS = List.of("title", "name", "desc");
    private static final List<String> ENTRY_TEXT_FIELDS = List.of("content", "text", "value", "ques");
    private static final List<String> ENTRY_OWNER_FIELDS = List.of("userid", "user", "from", "creator", "sender");

    private ArchiveReader() {}

    static Optional<InboundMessage> read(ArchiveSource.ArchivedMessage archived) {
        if (archived.json() == null) {
            return Optional.empty();
        }
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(archived.json());
            if (!parsed.isJsonObject()) {
                return Optional.empty();
            }
            json = parsed.getAsJsonObject();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        String room = string(json, "roomid");
        String from = string(json, "from");
        String msgId = string(json, "msgid").isEmpty() ? archived.msgId() : string(json, "msgid");
        if (room.isEmpty()
                || from.isEmpty()
                || msgId == null
                || msgId.isEmpty()
                || !"send".equals(string(json, "action"))) {
            return Optional.empty();
        }
        String type = string(json, "msgtype");
        Optional<Content> content = "text".equals(type) ? text(json) : chain(json, type);
        long millis = json.has("msgtime") && json.get("msgtime").isJsonPrimitive()
                ? json.get("msgtime").getAsLong()
                : 0;
        return content.map(c -> new InboundMessage(
                WeComSender.PLATFORM,
                room,
                from,
                "",
                msgId,
                c.text(),
                List.of(),
                Instant.ofEpochMilli(millis),
                c.owners()));
    }

    private static Optional<Content> text(JsonObject json) {
        JsonElement text = json.get("text");
        if (text == null || !text.isJsonObject()) {
            return Optional.empty();
        }
        return Optional.of(new Content(string(text.getAsJsonObject(), "content"), List.of()));
    }

    private static Optional<Content> chain(JsonObject json, String type) {
        if (type.isEmpty()
                || NOT_A_CHAIN.contains(type)
                || !json.has(type)
                || !json.get(type).isJsonObject()) {
            return Optional.empty();
        }
        JsonObject body = json.get(type).getAsJsonObject();
        Optional<JsonArray> entries = body.entrySet().stream()
                .map(e -> e.getValue())
                .filter(JsonElement::isJsonArray)
                .map(JsonElement::getAsJsonArray)
                .findFirst();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("#接龙");
        TITLE_FIELDS.stream()
                .map(f -> string(body, f))
                .filter(t -> !t.isEmpty())
                .findFirst()
                .ifPresent(title -> text.append(' ').append(title));
        List<ChainOwner> owners = new ArrayList<>();
        int seq = 0;
        for (JsonElement entry : entries.get()) {
            String line = entryText(entry);
            if (line.isEmpty()) {
                continue;
            }
            seq++;
            text.append('\n').append(seq).append(". ").append(line);
            String owner = entry.isJsonObject() ? first(entry.getAsJsonObject(), ENTRY_OWNER_FIELDS) : "";
            if (!owner.isEmpty()) {
                owners.add(new ChainOwner(seq, owner, line));
            }
        }
        return seq == 0
                ? Optional.empty()
                : Optional.of(new Content(text.toString(), owners.size() == seq ? owners : List.of()));
    }

    private static String entryText(JsonElement entry) {
        if (entry.isJsonPrimitive()) {
            return entry.getAsString().strip();
        }
        return entry.isJsonObject() ? first(entry.getAsJsonObject(), ENTRY_TEXT_FIELDS) : "";
    }

    private static String first(JsonObject json, List<String> fields) {
        return fields.stream()
                .map(f -> string(json, f))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("");
    }

    private static String string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }

    private record Content(String text, List<ChainOwner> owners) {}
}
