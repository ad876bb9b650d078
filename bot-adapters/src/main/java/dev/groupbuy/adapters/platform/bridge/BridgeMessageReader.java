package dev.groupbuy.adapters.platform.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bridge message body: {@code {"chatId","msgId","senderId","senderName","text","sentAt","mentions"?,
 * "chain"?}}. Field lengths are those of the inbox's columns.
 */
final class BridgeMessageReader {

    static final String PLATFORM = "bridge";
    static final int MAX_ID = 128;
    static final int MAX_MSG_ID = 58;
    static final int MAX_NAME = 255;
    static final int MAX_CHAIN = 1000;

    private BridgeMessageReader() {}

    static InboundMessage read(byte[] body) {
        JsonObject json = object(body);
        String chatId = text(json, "chatId", MAX_ID, true);
        String msgId = text(json, "msgId", MAX_MSG_ID, true);
        return new InboundMessage(
                PLATFORM,
                chatId,
                text(json, "senderId", MAX_ID, true),
                text(json, "senderName", MAX_NAME, false),
                messageId(chatId, msgId),
                text(json, "text", Integer.MAX_VALUE, false),
                ids(json, "mentions"),
                sentAt(json),
                chain(json));
    }

    /** Bridges number messages as they like: the chat makes the id unique on the platform. */
    static String messageId(String chatId, String msgId) {
        return chatId.length() + ":" + chatId + "/" + msgId;
    }

    private static JsonObject object(byte[] body) {
        String utf8;
        try {
            utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBridgeMessage("the body is not UTF-8");
        }
        try {
            JsonElement element = JsonParser.parseString(utf8);
            if (!element.isJsonObject()) {
                throw new MalformedBridgeMessage("the body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new MalformedBridgeMessage("the body is not valid JSON");
        }
    }

    private static String text(JsonObject json, String field, int maxLength, boolean required) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            if (required) {
                throw new MalformedBridgeMessage("'" + field + "' is missing");
            }
            return "";
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new MalformedBridgeMessage("'" + field + "' must be a string");
        }
        String text = value.getAsString();
        if (required && text.isBlank()) {
            throw new MalformedBridgeMessage("'" + field + "' is empty");
        }
        if (text.length() > maxLength) {
            throw new MalformedBridgeMessage("'" + field + "' is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static Instant sentAt(JsonObject json) {
        String value = text(json, "sentAt", 64, true);
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new MalformedBridgeMessage("'sentAt' must be an ISO-8601 time in UTC, e.g. 2026-11-25T07:00:00Z");
        }
    }

    private static List<String> ids(JsonObject json, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonElement element : array(json, field)) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw new MalformedBridgeMessage("'" + field + "' must list strings");
            }
            ids.add(element.getAsString());
        }
        return ids;
    }

    private static List<ChainOwner> chain(JsonObject json) {
        JsonArray entries = array(json, "chain");
        if (entries.size() > MAX_CHAIN) {
            throw new MalformedBridgeMessage("'chain' has more than " + MAX_CHAIN + " entries");
        }
        List<ChainOwner> owners = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isJsonObject()) {
                throw new MalformedBridgeMessage("'chain[" + i + "]' must be an object");
            }
            JsonObject entry = entries.get(i).getAsJsonObject();
            owners.add(new ChainOwner(
                    i + 1, text(entry, "senderId", MAX_ID, true), text(entry, "text", MAX_NAME * 4, false)));
        }
        return owners;
    }

    private static JsonArray array(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw new MalformedBridgeMessage("'" + field + "' must be an array");
        }
        return value.getAsJsonArray();
    }

    /** The body is signed correctly but is no message. */
    static final class MalformedBridgeMessage extends RuntimeException {
        MalformedBridgeMessage(String detail) {
            super(detail);
        }
    }
}
